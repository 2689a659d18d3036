import { isApiError } from '../api/api-errors';
import { en, type CommonMessages } from './common/en';
import { defineMessages } from './messages';

export const commonMessages = defineMessages('common', en, { fr: () => import('./common/fr') });

/**
 * A failed request as the merchant should read it, completing "…: {reason}": our words for the
 * server's code, else for what broke. The server's own message is for logs, never shown.
 */
export function errorReason(error: unknown, words: CommonMessages['errors']): string {
  if (!isApiError(error)) return words.unknown;
  const { failure } = error;
  if (failure.kind === 'http') {
    const known = (words.codes as Record<string, string | undefined>)[failure.code];
    if (known) return known;
    if (failure.status === 401) return words.unauthorized;
    return failure.status >= 500 ? words.unreachable : words.refused;
  }
  if (failure.kind === 'contract') return words.malformed;
  return words.unreachable;
}
