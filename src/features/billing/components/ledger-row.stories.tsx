import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { LedgerEntryDto } from '@/contract/schemas';
import { LedgerRowContent } from './ledger-row';

const at = '2026-11-24T14:32:00.000Z';
const base = { id: '1', at };

const meta = {
  title: 'Features/Billing/Ledger row',
  component: LedgerRowContent,
  args: {
    entry: { ...base, type: 'grant', source: 'starter', amount: 50, detail: null },
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '40rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof LedgerRowContent>;
export default meta;
type Story = StoryObj<typeof meta>;

const entry = (value: LedgerEntryDto) => ({ entry: value });

export const StarterGrant: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Starter credits')).toBeVisible();
    await expect(canvas.getByText(/50 credits added: every new Free account/)).toBeVisible();
    await expect(canvas.getByText('+50')).toBeVisible();
    await expect(canvas.getByText('Nov 24, 2026', { exact: false })).toHaveAttribute(
      'datetime',
      at,
    );
  },
};

export const OnboardingGrant: Story = {
  args: entry({
    ...base,
    type: 'grant',
    source: 'onboarding',
    amount: 10,
    detail: 'add_intent',
  }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Onboarding: Add your first intent')).toBeVisible();
    await expect(canvas.getByText(/10 credits added for finishing this step/)).toBeVisible();
  },
};

export const PromotionGrant: Story = {
  args: entry({
    ...base,
    type: 'grant',
    source: 'promotion',
    amount: 20,
    detail: 'Winter boost',
  }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Promotion: Winter boost')).toBeVisible();
    await expect(canvas.getByText('+20')).toBeVisible();
  },
};

export const Charged: Story = {
  args: entry({
    ...base,
    type: 'ai_action',
    kind: 'shopify_product_reply',
    outcome: 'charged',
    skipReason: null,
  }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Shopify product reply')).toBeVisible();
    await expect(canvas.getByText(/1 credit used/)).toBeVisible();
    await expect(canvas.getByText('−1')).toBeVisible();
  },
};

export const SkippedNoCredits: Story = {
  args: entry({
    ...base,
    type: 'ai_action',
    kind: 'scenario_ai_condition',
    outcome: 'skipped',
    skipReason: 'no_credits',
  }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Scenario: AI-detected condition')).toBeVisible();
    await expect(
      canvas.getByText(/Skipped, nothing used: there were no credits left/),
    ).toBeVisible();
  },
};

export const SkippedAgentDisabled: Story = {
  args: entry({
    ...base,
    type: 'ai_action',
    kind: 'dm_reply',
    outcome: 'skipped',
    skipReason: 'agent_disabled',
  }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/the agent was set to “Disable all replies”/)).toBeVisible();
  },
};

export const IncludedInPro: Story = {
  args: entry({
    ...base,
    type: 'ai_action',
    kind: 'test_chat_reply',
    outcome: 'unmetered',
    skipReason: null,
  }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Test chat reply')).toBeVisible();
    await expect(canvas.getByText(/Included in Pro: no credit used/)).toBeVisible();
  },
};

export const PlanChanged: Story = {
  args: entry({ ...base, type: 'plan_changed', from: 'free', to: 'pro' }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Plan changed to Pro')).toBeVisible();
  },
};

export const ModeChangedBySystem: Story = {
  args: entry({
    ...base,
    type: 'mode_changed',
    from: 'all_pending',
    to: 'disable_all_replies',
    by: 'system',
  }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Agent switched to “Disable all replies”')).toBeVisible();
    await expect(canvas.getByText(/automatically when the credits ran out/)).toBeVisible();
  },
};

export const ModeChangedByMerchant: Story = {
  args: entry({
    ...base,
    type: 'mode_changed',
    from: 'specific_intents',
    to: 'automation_only',
    by: 'merchant',
  }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Agent mode set to “Automation only”')).toBeVisible();
    await expect(canvas.getByText(/Changed by you, from “Specific intents only”/)).toBeVisible();
  },
};
