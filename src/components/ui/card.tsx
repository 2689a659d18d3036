import { Slot } from 'radix-ui';
import type * as React from 'react';
import './card.css';

export type CardTone = 'default' | 'accent' | 'warning' | 'danger';

/**
 * A surface that groups one topic. `asChild` makes it the element passed in (a `section` with a
 * name, an `article`); the tone only colours the edge, so the words must carry the meaning too.
 */
export function Card({
  asChild = false,
  tone = 'default',
  ...props
}: React.ComponentProps<'div'> & { asChild?: boolean; tone?: CardTone }) {
  const Component = asChild ? Slot.Root : 'div';
  return <Component data-slot="card" data-tone={tone} {...props} />;
}

export function CardHeader(props: React.ComponentProps<'div'>) {
  return <div data-slot="card-header" {...props} />;
}

/** The card's heading: an `h2` by default; `asChild` for another level. */
export function CardTitle({
  asChild = false,
  ...props
}: React.ComponentProps<'h2'> & { asChild?: boolean }) {
  const Component = asChild ? Slot.Root : 'h2';
  return <Component data-slot="card-title" {...props} />;
}

export function CardDescription(props: React.ComponentProps<'p'>) {
  return <p data-slot="card-description" {...props} />;
}

export function CardContent(props: React.ComponentProps<'div'>) {
  return <div data-slot="card-content" {...props} />;
}

export function CardFooter(props: React.ComponentProps<'div'>) {
  return <div data-slot="card-footer" {...props} />;
}
