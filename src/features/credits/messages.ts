import { defineMessages } from '@/lib/i18n/messages';
import { en } from './messages/en';

export const creditsMessages = defineMessages('credits', en, {
  fr: () => import('./messages/fr'),
});
