/**
 * Every route of the credit API, in one table: the client builds URLs from it, the mock registers
 * handlers from it, and docs/API.md is generated from it. The QA routes are in qa.ts, so that a
 * build for a real API does not even carry their names.
 */
export const API_ROUTES = {
  credits: {
    method: 'GET',
    path: '/api/credits',
    summary: 'The balance, where credits came from and how many were spent.',
  },
  ledger: {
    method: 'GET',
    path: '/api/credits/ledger',
    summary: 'The ledger, newest first, with cursor paging and filters.',
  },
  agent: {
    method: 'GET',
    path: '/api/agent',
    summary: "The agent's activation mode and why the system changed it, if it did.",
  },
  setActivationMode: {
    method: 'PUT',
    path: '/api/agent/activation-mode',
    summary: 'Set the mode by hand (refused on an empty Free balance for modes that reply).',
  },
  restoreActivationMode: {
    method: 'POST',
    path: '/api/agent/activation-mode/restore',
    summary: 'Give the agent back the mode it had before credits ran out.',
  },
  aiActions: {
    method: 'POST',
    path: '/api/ai-actions',
    summary: 'Record one run of an AI action; charged once per idempotency key.',
  },
  onboarding: {
    method: 'GET',
    path: '/api/onboarding',
    summary: 'The onboarding checklist and what each step grants.',
  },
  completeOnboardingStep: {
    method: 'POST',
    path: '/api/onboarding/steps/:id/complete',
    summary: 'Mark a step done; grants its credits the first time only.',
  },
  upgrade: {
    method: 'POST',
    path: '/api/billing/upgrade',
    summary: 'Mock checkout: move the account to Pro.',
  },
  events: {
    method: 'GET',
    path: '/api/events',
    summary:
      'Server-sent events: the credits and agent state on every connect, then after every change.',
  },
  usage: {
    method: 'GET',
    path: '/api/credits/usage',
    summary: 'AI actions per day and kind for the last N days, and this month, in a time zone.',
  },
} as const satisfies Record<string, RouteSpec>;

export type ApiRouteName = keyof typeof API_ROUTES;

export interface RouteSpec {
  readonly method: 'GET' | 'PUT' | 'POST';
  readonly path: string;
  readonly summary: string;
}

export function routePath(route: RouteSpec, params: Record<string, string> = {}): string {
  return route.path.replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}
