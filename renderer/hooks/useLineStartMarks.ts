import { useLayoutEffect, type RefObject } from 'react';

/**
 * Marks the children of a wrapping flex row that begin a line after the first
 * (`data-line-start`), kept up to date as the row is resized: a separator drawn on a
 * group's left edge can then be hidden where the group starts a line. Only the mark
 * changes, not the size, so a group never jumps back and forth between lines.
 */
export function useLineStartMarks(row: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    const mark = () => {
      let previous: HTMLElement | undefined;
      for (const child of element.children) {
        if (!(child instanceof HTMLElement)) continue;
        const startsLine = previous !== undefined && child.offsetTop >= previous.offsetTop + previous.offsetHeight;
        if (child.hasAttribute('data-line-start') !== startsLine) child.toggleAttribute('data-line-start', startsLine);
        previous = child;
      }
    };
    mark();
    const observer = new ResizeObserver(mark);
    observer.observe(element);
    return () => observer.disconnect();
  }, [row]);
}
