import type * as React from 'react';
import './skeleton.css';

/**
 * A placeholder the size of what is loading, so nothing moves when it arrives. Hidden from
 * assistive technology: the loading state is announced by the region it sits in.
 */
export function Skeleton({
  width = '100%',
  height,
  style,
  ...props
}: React.ComponentProps<'span'> & { width?: string; height: string }) {
  return (
    <span data-slot="skeleton" aria-hidden="true" style={{ width, height, ...style }} {...props} />
  );
}
