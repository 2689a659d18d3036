import { defineMessages } from '@/lib/i18n/messages';
import { en } from './messages/en';

export const qaPanelMessages = defineMessages('qaPanel', en, {
  fr: () => import('./messages/fr'),
});
