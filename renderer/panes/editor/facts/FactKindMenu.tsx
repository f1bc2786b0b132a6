import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { FACT_KINDS, type FactKind } from '../../../../story/facts/model';
import { FACT_KEYS } from '../useFactSeams';
import './factMenus.css';

const LABELS: Readonly<Record<FactKind, string>> = {
  claim: 'Claim',
  quote: 'Quote',
  figure: 'Figure',
  date: 'Date or time',
  person: 'Person and title',
  organisation: 'Organisation',
  place: 'Place',
};

const KEY_OF = Object.fromEntries(Object.entries(FACT_KEYS).map(([key, kind]) => [kind, key])) as Record<FactKind, string>;

export interface MenuAction {
  label: string;
  run(): void;
}

interface Props {
  label: string;
  onPick(kind: FactKind): void;
  onClose(): void;
  /** More items after the kinds (the context menu's Cut and Copy). */
  actions?: MenuAction[];
  style?: CSSProperties;
  footer?: string;
}

/**
 * A menu of the fact kinds, each with its letter (the same as after ⌘⇧F): arrow keys move,
 * Enter or the letter picks, Esc closes. It never takes the mouse-down, so the story keeps its selection.
 */
export function FactKindMenu({ label, onPick, onClose, actions = [], style, footer }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onOutside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', onOutside, true);
    return () => window.removeEventListener('mousedown', onOutside, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const kind = FACT_KEYS[event.key.toLowerCase()];
    if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else if (event.key === 'Home') items[0]?.focus();
    else if (event.key === 'End') items.at(-1)?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else if (kind && !event.metaKey && !event.ctrlKey && !event.altKey) onPick(kind);
    else return;
    event.preventDefault();
  };

  return (
    <div ref={menu} className="fact-kind-menu" role="menu" tabIndex={-1} aria-label={label} style={style} onKeyDown={onKeyDown}>
      {FACT_KINDS.map((kind) => (
        <button key={kind} type="button" role="menuitem" tabIndex={-1} onMouseDown={(event) => event.preventDefault()} onClick={() => onPick(kind)}>
          <span>{LABELS[kind]}</span>
          <kbd>{KEY_OF[kind].toUpperCase()}</kbd>
        </button>
      ))}
      {actions.length > 0 && <div className="fact-menu-separator" aria-hidden="true" />}
      {actions.map((action) => (
        <button key={action.label} type="button" role="menuitem" tabIndex={-1} onMouseDown={(event) => event.preventDefault()} onClick={action.run}>
          <span>{action.label}</span>
        </button>
      ))}
      {footer && <p className="fact-menu-footer">{footer}</p>}
    </div>
  );
}
