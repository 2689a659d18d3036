import { Slot } from 'radix-ui';
import type * as React from 'react';
import './alert.css';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

/**
 * How a message reaches assistive technology: `assertive` interrupts (role `alert`, only for
 * news the person must hear now), `polite` waits its turn (role `status`), `off` is a named
 * region found by browsing (give it `aria-labelledby` or `aria-label`).
 */
export type AlertLive = 'assertive' | 'polite' | 'off';

const ROLE: Record<AlertLive, 'alert' | 'status' | 'region'> = {
  assertive: 'alert',
  polite: 'status',
  off: 'region',
};

const ICON: Record<AlertTone, string> = {
  info: 'ℹ',
  success: '✓',
  warning: '!',
  danger: '×',
};

/**
 * A message box with a tone. The tone sets colour and icon only; the words must say what the
 * tone means, so colour is never the only signal.
 */
export function Alert({
  tone = 'info',
  live = 'off',
  children,
  ...props
}: React.ComponentProps<'div'> & { tone?: AlertTone; live?: AlertLive }) {
  return (
    // Props first: the role, slot and tone are the wrapper's to set, so a caller cannot lose them.
    <div {...props} role={ROLE[live]} data-slot="alert" data-tone={tone}>
      <span data-slot="alert-icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      <div data-slot="alert-body">{children}</div>
    </div>
  );
}

/** The alert's headline; `asChild` to make it a heading of the right level. */
export function AlertTitle({
  asChild = false,
  ...props
}: React.ComponentProps<'p'> & { asChild?: boolean }) {
  const Component = asChild ? Slot.Root : 'p';
  return <Component data-slot="alert-title" {...props} />;
}

export function AlertDescription(props: React.ComponentProps<'div'>) {
  return <div data-slot="alert-description" {...props} />;
}

export function AlertActions(props: React.ComponentProps<'div'>) {
  return <div data-slot="alert-actions" {...props} />;
}
