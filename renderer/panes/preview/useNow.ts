import { useEffect, useState } from 'react';

/** The time, as an ISO string, refreshed every minute: "Read next" shows "2 hours ago" against it. */
export function useNow(intervalMs = 60_000): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
