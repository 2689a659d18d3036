import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Button } from './button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from './card';

const meta = {
  title: 'Components/Card',
  component: Card,
  args: { tone: 'default' },
  render: (args) => (
    <Card {...args} asChild aria-labelledby="card-title">
      <section>
        <CardHeader>
          <CardTitle id="card-title">Your plan</CardTitle>
          <CardDescription>Free: AI runs on credits.</CardDescription>
        </CardHeader>
        <CardContent>
          <p>50 credits left of 50.</p>
        </CardContent>
        <CardFooter>
          <Button>Upgrade to Pro</Button>
        </CardFooter>
      </section>
    </Card>
  ),
} satisfies Meta<typeof Card>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    const card = canvas.getByRole('region', { name: 'Your plan' });
    await expect(card).toHaveAttribute('data-slot', 'card');
    await expect(canvas.getByRole('heading', { level: 2, name: 'Your plan' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Upgrade to Pro' })).toBeVisible();
  },
};

export const Accent: Story = {
  args: { tone: 'accent' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Your plan' })).toHaveAttribute(
      'data-tone',
      'accent',
    );
  },
};

export const Warning: Story = {
  args: { tone: 'warning' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Your plan' })).toHaveAttribute(
      'data-tone',
      'warning',
    );
  },
};

export const Danger: Story = {
  args: { tone: 'danger' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Your plan' })).toHaveAttribute(
      'data-tone',
      'danger',
    );
  },
};
