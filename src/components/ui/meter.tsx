import { Progress } from 'radix-ui';
import type * as React from 'react';
import type { CreditLevel } from '@/domain/account';
import './meter.css';

export type MeterTone = 'default' | 'warning' | 'danger';

/** How a credit meter looks at each level: the gauge and the billing page agree by construction. */
export function meterToneFor(level: CreditLevel): MeterTone {
  return level === 'empty' ? 'danger' : level === 'low' ? 'warning' : 'default';
}

/**
 * A gauge of a known quantity (credits left of credits granted): Radix Progress for the parts and
 * data attributes, with the `meter` role, since this is a measurement, not a task's progress.
 * `value` and `max` both reach Progress.Root, so the ARIA values are never lost.
 */
export function Meter({
  value,
  max,
  tone = 'default',
  className,
  ...props
}: Omit<React.ComponentProps<typeof Progress.Root>, 'value' | 'max'> & {
  value: number;
  max: number;
  tone?: MeterTone;
}) {
  const safeMax = Math.max(max, 1);
  const clamped = Math.min(Math.max(value, 0), safeMax);
  return (
    <Progress.Root
      role="meter"
      data-slot="meter"
      data-tone={tone}
      value={clamped}
      max={safeMax}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      className={className}
      {...props}
    >
      <Progress.Indicator
        data-slot="meter-indicator"
        style={{ transform: `translateX(-${100 - (clamped / safeMax) * 100}%)` }}
      />
    </Progress.Root>
  );
}
