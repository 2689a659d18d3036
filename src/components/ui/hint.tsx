import { useCallback, useEffect, useId, useRef, type PointerEvent, type ReactNode } from 'react';
import './hint.css';

/**
 * A short explanation beside a control, shown on hover (after a moment) and on keyboard focus,
 * with the `tooltip` role and tied to its control by `aria-describedby`, so screen readers read it
 * with the control whether it is shown or not. It follows WCAG 1.4.13: Escape hides it, the
 * pointer can move onto it, and it stays until the pointer or the focus leaves.
 *
 * Built on the `popover` attribute (the top layer: never clipped by the sidebar) and a few lines of
 * positioning, instead of Radix Tooltip, which brings floating-ui, popper, dismissable-layer and
 * focus-scope (about 17 KB gzip) onto every page that has a gauge, i.e. every page.
 */
export function useHint({ delayMs = 300, gap = 8 }: { delayMs?: number; gap?: number } = {}) {
  const id = useId();
  const trigger = useRef<HTMLElement | null>(null);
  const hint = useRef<HTMLDivElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const hide = useCallback(() => {
    clearTimeout(timer.current);
    const element = hint.current;
    if (element?.matches(':popover-open')) element.hidePopover();
  }, []);

  const show = useCallback(() => {
    clearTimeout(timer.current);
    const element = hint.current;
    const anchor = trigger.current;
    if (!element || !anchor || element.matches(':popover-open')) return;
    element.showPopover();
    place(element, anchor.getBoundingClientRect(), gap, getComputedStyle(anchor).direction);
  }, [gap]);

  const setTrigger = useCallback((element: HTMLElement | null) => {
    trigger.current = element;
  }, []);

  const later = useCallback((action: () => void, ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(action, ms);
  }, []);

  // Escape hides the hint wherever the focus is, as long as it shows.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      clearTimeout(timer.current);
    };
  }, [hide]);

  return {
    triggerProps: {
      ref: setTrigger,
      'aria-describedby': id,
      onPointerEnter: (event: PointerEvent) => {
        if (event.pointerType === 'mouse') later(show, delayMs);
      },
      // A short grace period, so the pointer can cross the gap onto the hint.
      onPointerLeave: () => later(hide, 100),
      onFocus: show,
      onBlur: hide,
      onClick: hide,
    },
    hintProps: {
      id,
      ref: hint,
      onPointerEnter: () => clearTimeout(timer.current),
      onPointerLeave: () => later(hide, 100),
    },
  };
}

/**
 * After the control (to its right, or its left in right to left) when it fits, else below it;
 * always inside the viewport.
 */
function place(element: HTMLElement, anchor: DOMRect, gap: number, direction: string) {
  const margin = 8;
  const { innerWidth, innerHeight } = window;
  const { width, height } = element.getBoundingClientRect();
  const rtl = direction === 'rtl';
  let left = rtl ? anchor.left - gap - width : anchor.right + gap;
  let top = anchor.top + anchor.height / 2 - height / 2;
  let side = rtl ? 'left' : 'right';
  if (rtl ? left < margin : left + width > innerWidth - margin) {
    left = anchor.left + anchor.width / 2 - width / 2;
    top = anchor.bottom + gap;
    side = 'bottom';
  }
  const clamp = (value: number, max: number) => Math.max(margin, Math.min(value, max - margin));
  element.style.left = `${clamp(left, innerWidth - width)}px`;
  element.style.top = `${clamp(top, innerHeight - height)}px`;
  element.dataset.side = side;
}

export function Hint({
  children,
  ...props
}: ReturnType<typeof useHint>['hintProps'] & { children: ReactNode }) {
  return (
    <div role="tooltip" popover="manual" data-slot="hint" {...props}>
      {children}
    </div>
  );
}
