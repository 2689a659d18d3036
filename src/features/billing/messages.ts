import { defineMessages } from '@/lib/i18n/messages';
import { en } from './messages/en';

export const billingMessages = defineMessages('billing', en, {
  fr: () => import('./messages/fr'),
});
