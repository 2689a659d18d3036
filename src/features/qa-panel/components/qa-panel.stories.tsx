import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { QaPanel } from './qa-panel';

const meta = {
  title: 'Features/QA panel',
  component: QaPanel,
  parameters: { layout: 'fullscreen', scenario: 'onboarded' },
} satisfies Meta<typeof QaPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The live line once the connection is open: stories do not share theirs across tabs, so each
 * holds its own. Awaited before a story ends, so its picture never catches the line mid-change.
 */
const liveLineSettled = (canvas: { getByText: (text: RegExp) => HTMLElement }) =>
  waitFor(() =>
    expect(canvas.getByText(/^Live updates: this tab has a connection of its own/)).toBeVisible(),
  );

export const Closed: Story = {
  play: async ({ canvas }) => {
    const opener = canvas.getByRole('button', { name: /Open the QA panel/ });
    await expect(opener).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+Q');
    await userEvent.click(opener);
    await expect(canvas.getByRole('heading', { name: 'QA panel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('button', { name: /Open the QA panel/ })).toHaveFocus();
  },
};

export const FiringActions: Story = {
  args: { defaultOpen: true },
  play: async ({ canvas }) => {
    const form = canvas.getByRole('form', { name: 'Fire AI actions' });
    const count = canvas.getByRole('spinbutton', { name: 'How many' });
    await userEvent.clear(count);
    await userEvent.type(count, '3');
    await userEvent.click(canvas.getByRole('button', { name: 'Fire' }));
    await waitFor(() =>
      expect(form).toHaveTextContent('Fired: 3 charged, 0 skipped, 0 unmetered.'),
    );
    await liveLineSettled(canvas);
  },
};

export const ResettingScenario: Story = {
  args: { defaultOpen: true },
  play: async ({ canvas }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Scenario' }), 'exhausted');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset to scenario' }));
    await waitFor(() =>
      expect(canvas.getByRole('form', { name: 'Scenario' })).toHaveTextContent(
        'Reset to “Out of credits, agent switched off”.',
      ),
    );
    await liveLineSettled(canvas);
  },
};

export const InjectingFaults: Story = {
  args: { defaultOpen: true },
  play: async ({ canvas }) => {
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Fault on credits' }),
      'error_503',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Apply faults' }));
    await waitFor(() =>
      expect(canvas.getByRole('form', { name: 'Faults' })).toHaveTextContent('Faults applied.'),
    );
    await liveLineSettled(canvas);
  },
};

/** Which tab holds the live connection. Stories do not share theirs, so this one holds its own. */
export const LiveConnection: Story = {
  args: { defaultOpen: true },
  play: async ({ canvas }) => {
    await liveLineSettled(canvas);
    await expect(canvas.getAllByRole('status')[0]).toHaveTextContent(/^Live updates:/);
  },
};
