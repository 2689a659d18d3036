import { RadioGroup as RadioGroupPrimitive } from 'radix-ui';
import type * as React from 'react';
import './radio-group.css';

/**
 * A set of exclusive choices: Radix RadioGroup (role `radiogroup`, arrow keys move and select,
 * Tab leaves the group). Name it with `aria-labelledby`, and label each item with a `<label
 * htmlFor>` so clicking the words selects the option.
 */
export function RadioGroup(props: React.ComponentProps<typeof RadioGroupPrimitive.Root>) {
  return <RadioGroupPrimitive.Root data-slot="radio-group" {...props} />;
}

/** One choice: the round control with its dot. `data-state` is `checked` or `unchecked`. */
export function RadioGroupItem(props: React.ComponentProps<typeof RadioGroupPrimitive.Item>) {
  return (
    <RadioGroupPrimitive.Item data-slot="radio-group-item" {...props}>
      <RadioGroupPrimitive.Indicator data-slot="radio-group-indicator" />
    </RadioGroupPrimitive.Item>
  );
}
