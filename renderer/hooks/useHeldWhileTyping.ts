import { useEffect, useRef, useState } from 'react';
import { afterTypingPause, untilTypingPause } from './typingPause';

/**
 * `value`, held back while the writer types (keys less than `pauseMs` apart), for at most
 * `longestMs`: a pane that redraws from it then catches up when the writer pauses, instead of
 * redrawing between a fast typist's keystrokes and delaying them.
 */
export function useHeldWhileTyping<T>(value: T, pauseMs = 400, longestMs = 3000): T {
  const [shown, setShown] = useState(value);
  const heldSince = useRef<number | undefined>(undefined);
  useEffect(() => {
    const show = () => {
      heldSince.current = undefined;
      setShown(() => value);
    };
    heldSince.current ??= performance.now();
    // Held at most `longestMs` from the first value held, not from this one.
    const left = heldSince.current + longestMs - performance.now();
    if (untilTypingPause(pauseMs) <= 0 || left <= 0) return show();
    return afterTypingPause(show, 0, pauseMs, left);
  }, [value, pauseMs, longestMs]);
  return shown;
}
