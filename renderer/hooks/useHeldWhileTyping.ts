import { useEffect, useRef, useState } from 'react';
import { untilTypingPause } from './typingPause';

/**
 * `value`, held back while the writer types (keys less than `pauseMs` apart), for at most
 * `longestMs`: a pane that redraws from it then catches up when the writer pauses, instead of
 * redrawing between a fast typist's keystrokes and delaying them.
 */
export function useHeldWhileTyping<T>(value: T, pauseMs = 400, longestMs = 3000): T {
  const [shown, setShown] = useState(value);
  const heldSince = useRef<number | undefined>(undefined);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      heldSince.current ??= performance.now();
      const wait = Math.min(untilTypingPause(pauseMs), heldSince.current + longestMs - performance.now());
      if (wait > 0) {
        timer = setTimeout(check, wait);
        return;
      }
      heldSince.current = undefined;
      setShown(() => value);
    };
    check();
    return () => clearTimeout(timer);
  }, [value, pauseMs, longestMs]);
  return shown;
}
