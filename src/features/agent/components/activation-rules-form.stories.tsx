import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { FIXED_NOW, agentFor } from '@/testing/builders';
import { ActivationRulesForm, ActivationRulesFormView } from './activation-rules-form';

const meta = {
  title: 'Features/Activation rules form',
  component: ActivationRulesFormView,
  // What the component is for: the first line of its docs page.
  parameters: {
    docs: {
      description: {
        component:
          'Settings → Activation rules: when the AI Agent replies on its own, and why it was switched to “Disable all replies”.',
      },
    },
  },
  args: {
    data: { status: 'ready', agent: agentFor('onboarded') },
    selected: 'specific_intents',
    onSelect: fn(),
    onSubmit: fn(),
    billingHref: '/settings/billing',
    now: FIXED_NOW,
  },
} satisfies Meta<typeof ActivationRulesFormView>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The four modes, each with a plain description; the current one selected and marked. */
export const Normal: Story = {
  play: async ({ canvas, args }) => {
    const group = canvas.getByRole('radiogroup', { name: 'When your agent replies' });
    await expect(group).toBeInTheDocument();
    await expect(canvas.getAllByRole('radio')).toHaveLength(4);
    const current = canvas.getByRole('radio', { name: 'Specific intents only' });
    await expect(current).toBeChecked();
    await expect(current).toHaveAccessibleDescription(
      'Replies only when a message matches one of your intents. New agents start here. Current',
    );
    await expect(canvas.queryByText('Set automatically')).not.toBeInTheDocument();

    await userEvent.click(canvas.getByText('Automation only'));
    await expect(args.onSelect).toHaveBeenCalledWith('automation_only');
    await userEvent.click(canvas.getByRole('button', { name: 'Save mode' }));
    await expect(args.onSubmit).toHaveBeenCalledOnce();
  },
};

export const Loading: Story = {
  args: { data: { status: 'loading' }, selected: null },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading your agent’s settings')).toBeInTheDocument();
    await expect(canvas.queryByRole('radio')).not.toBeInTheDocument();
  },
};

export const LoadFailed: Story = {
  args: { data: { status: 'error', onRetry: fn() }, selected: null },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('Could not load your agent’s settings.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.data.status === 'error' && args.data.onRetry).toHaveBeenCalledOnce();
  },
};

/** Set by the system: the form says so, when, why, and what it was before. */
export const AutoSetExplanation: Story = {
  args: {
    data: { status: 'ready', agent: agentFor('exhausted') },
    selected: 'disable_all_replies',
  },
  play: async ({ canvas }) => {
    const note = canvas.getByRole('region', { name: 'Set automatically' });
    await expect(note).toHaveTextContent(
      'We switched your agent to “Disable all replies” yesterday, when your free AI credits ran out. It was on “All pending messages” before.',
    );
    await expect(note).toHaveTextContent('only this mode can be saved');
    await expect(canvas.getByRole('radio', { name: 'Disable all replies' })).toBeChecked();
  },
};

/** On Free at 0 a mode that replies is refused with the reason and the way out. */
export const RefusedAtZero: Story = {
  args: {
    data: { status: 'ready', agent: agentFor('exhausted') },
    selected: 'all_pending',
    refused: 'all_pending',
  },
  play: async ({ canvas }) => {
    const refusal = canvas.getByRole('alert', { name: 'This mode needs AI credits' });
    await expect(refusal).toHaveTextContent('You have no free AI credits left');
    await expect(canvas.getByRole('link', { name: 'Upgrade to Pro' })).toHaveAttribute(
      'href',
      '/settings/billing',
    );
  },
};

export const Saving: Story = {
  args: { selected: 'automation_only', save: { status: 'saving' } },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Saving…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const Saved: Story = {
  args: {
    data: { status: 'ready', agent: agentFor('onboarded', { activationMode: 'automation_only' }) },
    selected: 'automation_only',
    save: { status: 'saved', mode: 'automation_only' },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Saved: your agent is on “Automation only”.',
    );
  },
};

export const SaveFailed: Story = {
  args: {
    selected: 'automation_only',
    save: {
      status: 'error',
      message: 'we could not reach the credit service. Please try again in a moment.',
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'Your change was not saved: we could not reach the credit service.',
    );
    await expect(canvas.getByRole('button', { name: 'Save mode' })).toBeEnabled();
  },
};

type LiveStory = StoryObj<typeof ActivationRulesForm>;
const live = { render: () => <ActivationRulesForm billingHref="/settings/billing" /> };

const modePut = fn();

/** Against the mock backend: the refusal comes before any request, so nothing is sent. */
export const FromMockBackendRefusedAtZero: LiveStory = {
  ...live,
  parameters: {
    scenario: 'exhausted',
    overrides: [
      http.put('*/api/agent/activation-mode', () => {
        modePut();
        return undefined;
      }),
    ],
  },
  beforeEach: () => {
    modePut.mockClear();
  },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByText('All pending messages'));
    await userEvent.click(canvas.getByRole('button', { name: 'Save mode' }));
    await expect(
      await canvas.findByRole('alert', { name: 'This mode needs AI credits' }),
    ).toBeVisible();
    await expect(modePut).not.toHaveBeenCalled();
    await expect(canvas.getByRole('radio', { name: 'All pending messages' })).toBeChecked();
    await expect(
      canvas.getByRole('radio', { name: 'Disable all replies' }),
    ).toHaveAccessibleDescription(/Current$/);
  },
};

export const FromMockBackendSaves: LiveStory = {
  ...live,
  parameters: { scenario: 'onboarded' },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByText('Automation only'));
    await userEvent.click(canvas.getByRole('button', { name: 'Save mode' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'Saved: your agent is on “Automation only”.',
      ),
    );
    await expect(
      canvas.getByRole('radio', { name: 'Automation only' }),
    ).toHaveAccessibleDescription(/Current$/);
  },
};

/** The backend fails: the change is rolled back and the merchant is told. */
export const FromMockBackendSaveFails: LiveStory = {
  ...live,
  parameters: {
    scenario: 'onboarded',
    overrides: [
      http.put('*/api/agent/activation-mode', () =>
        HttpResponse.json(
          { error: { code: 'unavailable', message: 'Down for a moment.' } },
          { status: 503 },
        ),
      ),
    ],
  },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByText('Automation only'));
    await userEvent.click(canvas.getByRole('button', { name: 'Save mode' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Your change was not saved: we could not reach the credit service.',
    );
    await waitFor(() =>
      expect(
        canvas.getByRole('radio', { name: 'Specific intents only' }),
      ).toHaveAccessibleDescription(/Current$/),
    );
  },
};
