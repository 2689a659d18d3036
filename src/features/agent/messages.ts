import { defineMessages } from '@/lib/i18n/messages';
import { en } from './messages/en';

export const agentMessages = defineMessages('agent', en, {
  fr: () => import('./messages/fr'),
});
