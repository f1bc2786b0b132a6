import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../story/library';

/** A search snippet with its matched words highlighted; the text is never treated as HTML. */
export function Snippet({ text }: { text: string }) {
  const parts: Array<{ text: string; match: boolean }> = [];
  let match = false;
  let current = '';
  for (const ch of text) {
    if (ch === SNIPPET_MARK_START || ch === SNIPPET_MARK_END) {
      if (current) parts.push({ text: current, match });
      current = '';
      match = ch === SNIPPET_MARK_START;
    } else current += ch;
  }
  if (current) parts.push({ text: current, match });
  return (
    <span className="library-snippet">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
