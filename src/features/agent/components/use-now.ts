import { useEffect, useState } from 'react';
import { useHydrated } from '@/lib/scheduling/use-hydrated';

/**
 * The current time, refreshed every `intervalMs`, so "5 minutes ago" does not go stale on screen.
 * Null while the server renders and the browser hydrates: the server's clock is not the browser's.
 */
export function useNow(intervalMs = 30_000): number | null {
  const hydrated = useHydrated();
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return hydrated ? now : null;
}
