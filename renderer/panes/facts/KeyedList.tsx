import { useId, useRef, type ReactNode } from 'react';

/** A listbox of items with ids: click or arrow keys (Home, End) choose; the list keeps the focus (aria-activedescendant). */
export function KeyedList<T extends { id: string }>({ label, items, selectedId, onSelect, render }: { label: string; items: readonly T[]; selectedId: string | undefined; onSelect(item: T): void; render(item: T): ReactNode }) {
  const prefix = useId();
  const list = useRef<HTMLDivElement>(null);
  const index = items.findIndex((item) => item.id === selectedId);
  const choose = (item: T | undefined) => {
    if (!item) return;
    onSelect(item);
    document.getElementById(`${prefix}-${item.id}`)?.scrollIntoView({ block: 'nearest' });
  };
  return (
    <div
      ref={list}
      className="dialog-list"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={index >= 0 ? `${prefix}-${selectedId}` : undefined}
      onKeyDown={(event) => {
        const key = event.key;
        if (key === 'ArrowDown') choose(items[Math.min(items.length - 1, index + 1)]);
        else if (key === 'ArrowUp') choose(items[Math.max(0, index - 1)]);
        else if (key === 'Home') choose(items[0]);
        else if (key === 'End') choose(items.at(-1));
        else return;
        event.preventDefault();
      }}
    >
      {items.map((item) => (
        // oxlint-disable-next-line jsx-a11y/click-events-have-key-events -- the listbox has the keys
        <div
          key={item.id}
          id={`${prefix}-${item.id}`}
          role="option"
          tabIndex={-1}
          aria-selected={item.id === selectedId}
          onClick={() => {
            choose(item);
            list.current?.focus({ preventScroll: true });
          }}
        >
          {render(item)}
        </div>
      ))}
    </div>
  );
}
