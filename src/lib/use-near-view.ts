import { useEffect, useState, type RefObject } from 'react';

/**
 * True once `ref`'s element has come within a screen's height of the viewport (above or below),
 * and from then on: for a part below the first screen whose code or data can wait until the
 * merchant scrolls towards it. The screen's height ahead gives it time to arrive before they get
 * there. Where there is no IntersectionObserver, true at once.
 */
export function useNearView(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref]);
  return near;
}
