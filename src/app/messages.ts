import { defineMessages } from '@/index';
import { en } from './messages/en';

export const appMessages = defineMessages('app', en, { fr: () => import('./messages/fr') });
