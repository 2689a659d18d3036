import { Slot } from 'radix-ui';
import type * as React from 'react';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';

/** A button, or with `asChild` a link that looks like one. Pending buttons stay focusable but inert. */
export function Button({
  variant = 'primary',
  asChild = false,
  pending = false,
  disabled,
  onClick,
  ...props
}: React.ComponentProps<'button'> & {
  variant?: ButtonVariant;
  asChild?: boolean;
  pending?: boolean;
}) {
  const Component = asChild ? Slot.Root : 'button';
  return (
    <Component
      data-slot="button"
      data-variant={variant}
      data-pending={pending || undefined}
      aria-disabled={pending || undefined}
      disabled={disabled}
      onClick={
        pending ? (event: React.MouseEvent<HTMLButtonElement>) => event.preventDefault() : onClick
      }
      {...props}
    />
  );
}
