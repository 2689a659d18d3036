/**
 * Everything that can go wrong between the app and the credit API, told apart so the interface can
 * say which: the server refused (with its code), the server answered nonsense, or nobody answered.
 */
export type ApiFailure =
  | { kind: 'http'; status: number; code: string; message: string }
  | { kind: 'contract'; message: string; issues: string[] }
  | { kind: 'timeout'; message: string }
  | { kind: 'network'; message: string };

export class ApiError extends Error {
  readonly failure: ApiFailure;

  constructor(failure: ApiFailure) {
    super(failure.message);
    this.name = 'ApiError';
    this.failure = failure;
  }

  /** Worth retrying: the backend may answer next time. A refusal or a malformed answer will not change. */
  get transient(): boolean {
    const { failure } = this;
    return (
      failure.kind === 'timeout' ||
      failure.kind === 'network' ||
      (failure.kind === 'http' && failure.status >= 500)
    );
  }

  get code(): string | undefined {
    return this.failure.kind === 'http' ? this.failure.code : undefined;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
