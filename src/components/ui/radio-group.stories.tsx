import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { RadioGroup, RadioGroupItem } from './radio-group';

const OPTIONS = [
  { value: 'email', label: 'Email' },
  { value: 'sms', label: 'Text message' },
  { value: 'none', label: 'No reminders' },
];

const meta = {
  title: 'Components/Radio group',
  component: RadioGroup,
  args: { defaultValue: 'email', onValueChange: fn(), 'aria-labelledby': 'radio-legend' },
  render: (args) => (
    <div>
      <p id="radio-legend">Reminders</p>
      <RadioGroup {...args}>
        {OPTIONS.map((option) => (
          <div key={option.value} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
            <RadioGroupItem value={option.value} id={`radio-${option.value}`} />
            <label htmlFor={`radio-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </RadioGroup>
    </div>
  ),
} satisfies Meta<typeof RadioGroup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('radiogroup', { name: 'Reminders' })).toBeInTheDocument();
    await expect(canvas.getByRole('radio', { name: 'Email' })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: 'Text message' })).not.toBeChecked();
  },
};

/** Clicking the words selects; arrow keys move and select within the group. */
export const ChoosingByLabelAndKeyboard: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByText('Text message'));
    await expect(canvas.getByRole('radio', { name: 'Text message' })).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith('sms');

    await userEvent.click(canvas.getByRole('radio', { name: 'Text message' }));
    // Held down as a person would: Radix moves focus on keydown and selects on the focus that follows.
    await userEvent.keyboard('{ArrowDown>}');
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'No reminders' })).toBeChecked());
    await userEvent.keyboard('{/ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'No reminders' })).toHaveFocus();
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('radio', { name: 'Text message' })).toBeDisabled();
    await userEvent.click(canvas.getByText('Text message'));
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};
