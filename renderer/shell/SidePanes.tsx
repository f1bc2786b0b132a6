import { useState, type ReactNode } from 'react';
import { useMediaQuery } from '../hooks/useMediaQuery';

interface Props {
  facts: ReactNode | undefined;
  preview: ReactNode | undefined;
}

/** The right-hand panes: side by side on wide windows, tabs on narrow ones (UI.md). */
export function SidePanes({ facts, preview }: Props) {
  const narrow = useMediaQuery('(max-width: 1279px)');
  const [tab, setTab] = useState<'facts' | 'preview'>('facts');
  if (!narrow || !facts || !preview) {
    return (
      <>
        {facts}
        {preview}
      </>
    );
  }
  const tabs = [
    { id: 'facts', label: 'Facts' },
    { id: 'preview', label: 'Preview' },
  ] as const;
  return (
    <div className="side-tabs">
      <div className="tab-list" role="tablist" aria-label="Side panes">
        {tabs.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`side-tab-${id}`}
            className="tab"
            aria-selected={tab === id}
            aria-controls={`side-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                const next = tab === 'facts' ? 'preview' : 'facts';
                setTab(next);
                document.getElementById(`side-tab-${next}`)?.focus();
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`side-panel-${tab}`} aria-labelledby={`side-tab-${tab}`} className="side-tab-panel">
        {tab === 'facts' ? facts : preview}
      </div>
    </div>
  );
}
