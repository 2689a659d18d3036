import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AutoDisabledBanner } from './auto-disabled-banner';
import { forgetBannerMemory } from './banner-memory-store';

/**
 * The banner as pages mount it: driven by the agent and credits queries against the mock backend.
 * Its every state as a picture is in `auto-disabled-banner-view.stories.tsx`.
 */
const meta = {
  title: 'Features/Auto-disabled banner on the mock backend',
  component: AutoDisabledBanner,
  args: {
    billingHref: '/settings/billing',
    activationRulesHref: '/settings/activation-rules',
  },
  beforeEach: forgetBannerMemory,
} satisfies Meta<typeof AutoDisabledBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Against the mock backend: announced once, then remembered as collapsed for this event. */
export const FromMockBackendExhausted: Story = {
  parameters: { scenario: 'exhausted' },
  play: async ({ canvas }) => {
    await canvas.findByRole('alert', { name: /Your AI Agent is paused/ });
    await userEvent.click(canvas.getByRole('button', { name: 'Hide details' }));
    await expect(canvas.getByRole('button', { name: 'Show details' })).toHaveFocus();
    // Still the same event: it does not turn back into an alert.
    await expect(canvas.getByRole('alert', { name: /Agent paused/ })).toBeVisible();
  },
};

/** One click gives the agent its previous mode back; the banner goes and says it is done. */
export const FromMockBackendRestore: Story = {
  parameters: { scenario: 'promo-after-exhaustion' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Turn “All pending messages” back on' }),
    );
    await waitFor(() =>
      expect(canvas.queryByRole('status', { name: /AI can run again/ })).not.toBeInTheDocument(),
    );
    await expect(
      await canvas.findByText('Done: your agent is back on “All pending messages”.'),
    ).toBeInTheDocument();
  },
};

export const FromMockBackendRestoreFails: Story = {
  parameters: {
    scenario: 'pro-after-exhaustion',
    overrides: [
      http.post('*/api/agent/activation-mode/restore', () =>
        HttpResponse.json(
          { error: { code: 'unavailable', message: 'Down for a moment.' } },
          { status: 503 },
        ),
      ),
    ],
  },
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Turn “All pending messages” back on' }),
    );
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Your agent is still paused: we could not reach the credit service.',
    );
    await expect(canvas.getByRole('status', { name: /AI can run again/ })).toBeVisible();
  },
};
