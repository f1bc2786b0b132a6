/** Top-level blocks `first` to `last` (0-based, both included). */
export interface BlockRange {
  first: number;
  last: number;
}

/** The ranges in order, overlapping or touching ones joined. */
export function mergeBlockRanges(ranges: readonly BlockRange[]): BlockRange[] {
  const sorted = ranges.toSorted((a, b) => a.first - b.first);
  const merged: BlockRange[] = [];
  for (const range of sorted) {
    const previous = merged.at(-1);
    if (previous && range.first <= previous.last + 1) previous.last = Math.max(previous.last, range.last);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The stylesheet of a story body marked `data-render-window="<scope>"`: every block remembers its
 * rendered size (`contain-intrinsic-size: auto`); with `rendered` ranges, the blocks outside them
 * are not rendered (`content-visibility: hidden`) and take that remembered size.
 */
export function renderWindowCss(scope: string, rendered: readonly BlockRange[] | undefined): string {
  const root = `[data-render-window="${scope}"]`;
  const sizes = `${root} > * { contain-intrinsic-size: auto 3em; }`;
  if (!rendered) return sizes;
  const shown = rendered.map(({ first, last }) => `${root} > :nth-child(n+${first + 1}):nth-child(-n+${last + 1})`);
  return `${sizes}\n${root} > * { content-visibility: hidden; }${shown.length ? `\n${shown.join(',\n')} { content-visibility: visible; }` : ''}`;
}
