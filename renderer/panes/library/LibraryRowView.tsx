import type { LibraryRow } from '../../../story/library';
import { bylineOf } from '../../../story/model';
import { StatusBadge } from '../../shell/StatusBadge';
import { relativeTime } from '../../util/relativeTime';
import { Snippet } from './Snippet';

interface Props {
  row: LibraryRow | undefined;
  index: number;
  total: number;
  active: boolean;
  open: boolean;
  height: number;
  top: number;
  /** The time the list was last drawn (for "embargoed"), passed in so rendering stays pure. */
  now: number;
  onClick(index: number, row: LibraryRow): void;
}

/** One story in the library list: headline, then status, byline, when it changed and its length; a snippet when searching. */
export function LibraryRowView({ row, index, total, active, open, height, top, now, onClick }: Props) {
  const style = { height, transform: `translateY(${top}px)` };
  if (!row) {
    return (
      <div className="library-row loading" style={style} role="option" aria-selected={false} aria-posinset={index + 1} aria-setsize={total} aria-busy="true" id={`library-row-${index}`}>
        <span className="library-row-headline">Loading…</span>
      </div>
    );
  }
  const headline = row.headline.trim() || 'Untitled story';
  const when = row.trashedAt ? `trashed ${relativeTime(row.trashedAt, new Date(now))}` : relativeTime(row.updatedAt, new Date(now));
  const embargoed = row.embargo && Date.parse(row.embargo) > now;
  return (
    // The listbox owns focus and the arrow keys (aria-activedescendant), as the ARIA listbox pattern asks.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
    <div
      id={`library-row-${index}`}
      data-story-id={row.id}
      role="option"
      aria-selected={active}
      aria-current={open ? 'true' : undefined}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={`library-row${active ? ' active' : ''}${open ? ' open' : ''}`}
      style={style}
      onClick={() => onClick(index, row)}
      title={row.headline || undefined}
    >
      <span className={`library-row-headline${row.headline.trim() ? '' : ' untitled'}`}>{headline}</span>
      <span className="library-row-meta">
        <StatusBadge status={row.status} />
        {embargoed && <span className="library-embargo">Embargoed</span>}
        {row.authors.length > 0 && <span className="library-byline">{bylineOf(row.authors)}</span>}
        <span>{when}</span>
        <span>{row.wordCount.toLocaleString()} w</span>
      </span>
      {row.snippet !== undefined && <Snippet text={row.snippet} />}
    </div>
  );
}
