import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Meter } from './meter';

const meta = {
  title: 'Components/Meter',
  component: Meter,
  args: { value: 37, max: 100, 'aria-label': 'Free AI credits' },
  decorators: [
    (Story) => (
      <div style={{ width: '15rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Meter>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `value` and `max` reach the element's ARIA values (the bug this wrapper exists to avoid). */
export const Default: Story = {
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter', { name: 'Free AI credits' });
    await expect(meter).toHaveAttribute('aria-valuenow', '37');
    await expect(meter).toHaveAttribute('aria-valuemin', '0');
    await expect(meter).toHaveAttribute('aria-valuemax', '100');
  },
};

export const Warning: Story = {
  args: { value: 7, tone: 'warning' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute('data-tone', 'warning');
  },
};

export const Empty: Story = {
  args: { value: 0, tone: 'danger' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuenow', '0');
  },
};

/** Nothing granted yet: the bar stays drawable (no division by zero) and says 0 of 0. */
export const NothingGranted: Story = {
  args: { value: 0, max: 0 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuemax', '0');
  },
};
