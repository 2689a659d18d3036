// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Credits } from '@/contract/schemas';
import { BillingPageView } from './billing-page';

const historyRenders = vi.hoisted(() => ({ count: 0 }));

// The page's own parts that read queries stand still here: only the credits it is given change.
vi.mock('./ledger-history', () => ({
  LedgerHistory: () => {
    historyRenders.count += 1;
    return null;
  },
}));
vi.mock('../api/get-usage', () => ({
  useUsage: () => ({ data: undefined, status: 'pending', isError: false }),
}));
vi.mock('../api/upgrade-to-pro', () => ({ useUpgradeToPro: () => ({ isSuccess: false }) }));

const pro = (revision: number): Credits => ({
  plan: 'pro',
  balance: null,
  granted: { starter: 100, onboarding: 0, promotions: 0 },
  spent: 0,
  aiEnabled: true,
  onboardingRemaining: 0,
  updatedAt: '2026-12-01T10:00:00.000Z',
  revision,
});

const container = document.createElement('div');
let root: ReturnType<typeof createRoot>;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  root = createRoot(container);
  historyRenders.count = 0;
});
afterEach(() => act(() => root.unmount()));

it('does not render the history again when the credits change: it reads its own data', () => {
  const show = (credits: Credits) =>
    act(() =>
      root.render(createElement(BillingPageView, { credits: { status: 'ready', credits } })),
    );
  show(pro(1));
  expect(historyRenders.count).toBe(1);

  show(pro(2));
  show(pro(3));
  expect(container.querySelector('[data-section="billing-history"]')).not.toBeNull();
  expect(historyRenders.count).toBe(1);
});
