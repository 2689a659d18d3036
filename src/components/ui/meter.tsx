import type * as React from 'react';
import type { CreditLevel } from '@/domain/account';
import './meter.css';

export type MeterTone = 'default' | 'warning' | 'danger';

/** How a credit meter looks at each level: the gauge and the billing page agree by construction. */
export function meterToneFor(level: CreditLevel): MeterTone {
  return level === 'empty' ? 'danger' : level === 'low' ? 'warning' : 'default';
}

/**
 * A gauge of a known quantity (credits left of credits granted), with the `meter` role, since
 * this is a measurement, not a task's progress. A plain element rather than Radix Progress:
 * meter.css styles none of Progress's attributes, and the gauge is on every page, so its weight
 * is paid on every first load. `value` and `max` both reach the element (as ARIA values and as
 * data attributes), so the ARIA values are never lost.
 */
export function Meter({
  value,
  max,
  tone = 'default',
  ...props
}: Omit<React.ComponentProps<'div'>, 'children'> & {
  value: number;
  max: number;
  tone?: MeterTone;
}) {
  const safeMax = Math.max(max, 1);
  const clamped = Math.min(Math.max(value, 0), safeMax);
  return (
    <div
      role="meter"
      data-slot="meter"
      data-tone={tone}
      data-value={value}
      data-max={max}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      {...props}
    >
      <div
        data-slot="meter-indicator"
        style={{ transform: `translateX(-${100 - (clamped / safeMax) * 100}%)` }}
      />
    </div>
  );
}
