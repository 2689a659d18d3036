import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { OnboardingChecklist } from './onboarding-checklist';
import { never, noLiveEvents, unavailable } from './story-overrides';

const meta = {
  title: 'Features/Billing/Onboarding checklist',
  component: OnboardingChecklist,
  args: { earned: 0 },
  parameters: { scenario: 'new-free' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '34rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof OnboardingChecklist>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NotStarted: Story = {
  play: async ({ canvas }) => {
    const steps = await canvas.findAllByRole('listitem');
    await expect(steps).toHaveLength(5);
    await expect(canvas.getAllByText('To do · +10 credits')).toHaveLength(5);
    await expect(canvas.getByRole('meter', { name: 'Onboarding credits earned' })).toHaveAttribute(
      'aria-valuetext',
      '0 of 50 onboarding credits earned',
    );
  },
};

/** Marking a step done ticks it at once and it stays done once the backend agrees. */
export const MarkAStepDone: Story = {
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', {
      name: 'Mark as done: Connect your Instagram account',
    });
    await userEvent.click(button);
    const step = canvas.getByText('Connect your Instagram account').closest('li')!;
    await waitFor(() => expect(step).toHaveTextContent('Done: 10 credits added'));
    await expect(within(step).queryByRole('button')).not.toBeInTheDocument();
    await expect(canvas.getAllByRole('button', { name: /Mark as done/ })).toHaveLength(4);
  },
};

export const AllDone: Story = {
  args: { earned: 50 },
  parameters: { scenario: 'onboarded' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/Checklist complete: you earned all 50 onboarding credits/),
    ).toBeVisible();
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
    await expect(canvas.getByText('50 of 50 credits earned')).toBeVisible();
  },
};

/** The backend refuses the step: it is un-ticked again and says no credits were added. */
export const StepFails: Story = {
  parameters: {
    overrides: [unavailable('/api/onboarding/steps/:id/complete', 'post')],
  },
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Mark as done: Add your first intent' }),
    );
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      '“Add your first intent” could not be saved, so no credits were added.',
    );
    const step = canvas.getByText('Add your first intent').closest('li')!;
    await expect(step).toHaveTextContent('To do · +10 credits');
    await expect(within(step).getByRole('button', { name: /Mark as done/ })).toBeEnabled();
  },
};

export const Loading: Story = {
  parameters: { overrides: [never('/api/onboarding')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading your onboarding checklist')).toBeInTheDocument();
  },
};

export const Error: Story = {
  parameters: { overrides: [noLiveEvents, unavailable('/api/onboarding', 'get', true)] },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'We could not load your onboarding checklist.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findAllByRole('listitem')).toHaveLength(5);
  },
};
