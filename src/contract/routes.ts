/**
 * Every route of the credit API, in one table: the client builds URLs from it, the mock registers
 * handlers from it, and the README's contract section is generated from it.
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
    summary: 'Server-sent events: the new credits or agent state after every change.',
  },
  qaScenario: {
    method: 'POST',
    path: '/api/qa/scenario',
    summary: 'QA: reset the account to a named scenario.',
  },
  qaPromotion: {
    method: 'POST',
    path: '/api/qa/promotions',
    summary: 'QA: grant a promotion (Free only, once per id).',
  },
  qaFaults: {
    method: 'PUT',
    path: '/api/qa/faults',
    summary: 'QA: add latency or make routes fail.',
  },
  qaState: {
    method: 'GET',
    path: '/api/qa/state',
    summary: 'QA: the scenario, the faults and the ledger size.',
  },
} as const;

export type ApiRouteName = keyof typeof API_ROUTES;

export function routePath(name: ApiRouteName, params: Record<string, string> = {}): string {
  return API_ROUTES[name].path.replace(/:(\w+)/g, (_, key: string) =>
    encodeURIComponent(params[key] ?? ''),
  );
}
