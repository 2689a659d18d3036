import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Alert, AlertActions, AlertDescription, AlertTitle } from './alert';
import { Button } from './button';

const meta = {
  title: 'Components/Alert',
  component: Alert,
  args: { tone: 'info', live: 'off', 'aria-labelledby': 'alert-title' },
  render: (args) => (
    <Alert {...args}>
      <AlertTitle id="alert-title">Your agent is on “Specific intents only”</AlertTitle>
      <AlertDescription>
        <p>It answers only messages that match one of your intents.</p>
      </AlertDescription>
      <AlertActions>
        <Button variant="secondary">Change mode</Button>
      </AlertActions>
    </Alert>
  ),
} satisfies Meta<typeof Alert>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A named region: found by browsing, never announced by itself. */
export const Info: Story = {
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region', { name: 'Your agent is on “Specific intents only”' });
    await expect(region).toHaveAttribute('data-tone', 'info');
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};

export const SuccessPolite: Story = {
  args: { tone: 'success', live: 'polite' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveAttribute('data-tone', 'success');
  },
};

export const Warning: Story = {
  args: { tone: 'warning' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region')).toHaveAttribute('data-tone', 'warning');
    await expect(canvas.getByRole('button', { name: 'Change mode' })).toBeEnabled();
  },
};

/** Only news that must interrupt gets role `alert`. */
export const DangerAssertive: Story = {
  args: { tone: 'danger', live: 'assertive' },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveAttribute('data-tone', 'danger');
    await expect(alert).toHaveTextContent('It answers only messages');
  },
};

/** The title as a real heading, for alerts that head a part of the page. */
export const TitleAsHeading: Story = {
  render: (args) => (
    <Alert {...args}>
      <AlertTitle asChild id="alert-title">
        <h2>Out of free AI credits</h2>
      </AlertTitle>
      <AlertDescription>Your agent is paused.</AlertDescription>
    </Alert>
  ),
  args: { tone: 'warning' },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Out of free AI credits' }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole('region', { name: 'Out of free AI credits' })).toBeVisible();
  },
};
