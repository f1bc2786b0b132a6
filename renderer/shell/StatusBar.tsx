interface Props {
  words: number | undefined;
  libraryTotal: number;
}

/** Reading time at 230 words a minute, the usual figure for news copy. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

export function StatusBar({ words, libraryTotal }: Props) {
  return (
    <footer className="status-bar" aria-label="Story statistics">
      <span>{words === undefined ? 'No story open' : `${words.toLocaleString()} words · ${readingMinutes(words)} min read`}</span>
      <span>Library: {libraryTotal.toLocaleString()}</span>
    </footer>
  );
}
