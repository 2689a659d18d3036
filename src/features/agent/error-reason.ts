import { isApiError } from '@/lib/api-errors';
import { errorCopy } from './copy';

/** A failed request as the merchant should read it: a known refusal in plain words, else what broke. */
export function errorReason(error: unknown): string {
  if (isApiError(error)) {
    const known = error.code === undefined ? undefined : errorCopy.codes[error.code];
    if (known) return known;
    if (error.transient) return errorCopy.unreachable;
  }
  return errorCopy.unknown;
}
