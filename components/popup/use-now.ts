import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, ticking every `intervalMs` so "3m ago" stays true while the popup is
 * open; one clock for the whole list instead of a timer per post.
 */
export function useNow(clock: () => number, intervalMs = 30_000): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(timer);
  }, [clock, intervalMs]);
  return now;
}
