import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryRow } from '../../../story/library';
import { LibraryRowView } from './LibraryRowView';
import { useNow } from '../../hooks/useNow';
import type { LibraryWindow } from './useLibraryWindow';

const ROW_HEIGHT = 52;
const SEARCH_ROW_HEIGHT = 92;
/** Moving with the arrow keys opens the story once the keys rest this long, as a mail client does. */
const OPEN_AFTER_MS = 220;

interface Props {
  list: LibraryWindow;
  label: string;
  searching: boolean;
  openId: string | undefined;
  /** Open a story; `focusEditor` when the user asked for it (Enter). */
  onOpen(row: LibraryRow, options: { focusEditor: boolean }): void;
  /** Opening by merely moving onto a row (off in the trash). */
  openOnMove: boolean;
  onDelete(row: LibraryRow): void;
}

export interface VirtualStoryListHandle {
  focus(): void;
  activeRow(): LibraryRow | undefined;
}

/**
 * The library as an ARIA listbox over a virtualized list: only the rows in view exist in
 * the page, whatever the library's size. Up/Down/Home/End/PageUp/PageDown move, Enter
 * opens, Delete sends to the trash.
 */
export const VirtualStoryList = forwardRef<VirtualStoryListHandle, Props>(function VirtualStoryList(
  { list, label, searching, openId, onOpen, openOnMove, onDelete },
  ref,
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = searching ? SEARCH_ROW_HEIGHT : ROW_HEIGHT;
  const [chosen, setActive] = useState(-1);
  const activeId = useRef<string | undefined>(undefined);
  const openTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const now = useNow();

  const virtualizer = useVirtualizer({
    count: list.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  // Until the user moves, the cursor is on the open story.
  const active = chosen >= 0 ? chosen : openId ? list.indexOf(openId) : -1;
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    list.ensure(first, Math.max(last, first + 30));
  }, [first, last, list]);

  // Keep the cursor on the same story when the rows are refreshed or reordered.
  useEffect(() => {
    if (!activeId.current) return;
    const index = list.indexOf(activeId.current);
    if (index >= 0 && index !== chosen) setActive(index);
  }, [list, chosen]);

  useEffect(() => () => clearTimeout(openTimer.current), []);

  useImperativeHandle(ref, () => ({
    focus: () => scrollRef.current?.focus(),
    activeRow: () => (active >= 0 ? list.rowAt(active) : undefined),
  }));

  const moveTo = (index: number) => {
    if (list.total === 0) return;
    const clamped = Math.max(0, Math.min(list.total - 1, index));
    setActive(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    const row = list.rowAt(clamped);
    activeId.current = row?.id;
    clearTimeout(openTimer.current);
    if (openOnMove) {
      openTimer.current = setTimeout(() => {
        const target = list.rowAt(clamped);
        if (target && target.id !== openId) onOpen(target, { focusEditor: false });
      }, OPEN_AFTER_MS);
    }
  };

  const onFocus = () => {
    if (active >= 0 || list.total === 0) return;
    setActive(0);
    activeId.current = list.rowAt(0)?.id;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      Home: () => moveTo(0),
      End: () => moveTo(list.total - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Enter: () => {
        const row = list.rowAt(active);
        clearTimeout(openTimer.current);
        if (row) onOpen(row, { focusEditor: true });
      },
      Delete: () => {
        const row = list.rowAt(active);
        if (row) onDelete(row);
      },
      Backspace: () => {
        const row = list.rowAt(active);
        if (row && (event.metaKey || event.ctrlKey)) onDelete(row);
      },
    };
    const action = keys[event.key];
    if (!action || event.altKey || (event.key !== 'Backspace' && (event.metaKey || event.ctrlKey))) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      ref={scrollRef}
      className="library-list"
      role="listbox"
      aria-label={label}
      aria-activedescendant={active >= 0 && active < list.total ? `library-row-${active}` : undefined}
      tabIndex={0}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <div className="library-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <LibraryRowView
            key={item.key}
            row={list.rowAt(item.index)}
            index={item.index}
            total={list.total}
            active={item.index === active}
            open={list.rowAt(item.index)?.id === openId}
            height={rowHeight}
            top={item.start}
            now={now}
            onClick={(index, row) => {
              setActive(index);
              activeId.current = row.id;
              clearTimeout(openTimer.current);
              onOpen(row, { focusEditor: false });
            }}
          />
        ))}
      </div>
    </div>
  );
});
