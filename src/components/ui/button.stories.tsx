import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { Button } from './button';

const meta = {
  title: 'Components/Button',
  component: Button,
  args: { children: 'Upgrade to Pro', onClick: fn() },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Upgrade to Pro' }));
    await expect(args.onClick).toHaveBeenCalledOnce();
  },
};

export const Secondary: Story = {
  args: { variant: 'secondary', children: 'Not now' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Not now' })).toHaveAttribute(
      'data-variant',
      'secondary',
    );
  },
};

export const Ghost: Story = {
  args: { variant: 'ghost', children: 'Learn more' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Learn more' })).toHaveAttribute(
      'data-variant',
      'ghost',
    );
  },
};

/** Pending: still focusable and announced as disabled, and a click does nothing. */
export const Pending: Story = {
  args: { pending: true, children: 'Upgrading…' },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Upgrading…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button')).toBeDisabled();
  },
};

export const AsLink: Story = {
  args: { asChild: true, children: <a href="#billing">Go to billing</a> },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Go to billing' })).toHaveAttribute(
      'data-slot',
      'button',
    );
  },
};
