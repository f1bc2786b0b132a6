import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { NodeJSON } from '../../../story/document';
import { exportBody, factIdsIn } from '../../../story/formats/blocks';
import { storyHtmlParts } from '../../../story/formats/html';
import type { ExportInput } from '../../../story/formats/types';
import { storyWireText } from '../../../story/formats/wireText';
import { DEFAULT_SETTINGS } from '../../../story/settings';
import { useHeldWhileTyping } from '../../hooks/useHeldWhileTyping';
import { useLiveDraft } from '../../state/liveDraft';
import { useSettingsOr } from '../../state/settings';
import { factOverlayCss, OVERLAY_LEGEND } from './factOverlay';
import { PageOptions } from './PageOptions';
import { PreviewFrame } from './PreviewFrame';
import { bodyCounts } from './bodyCounts';
import { PreviewSanitizer } from './previewDocument';
import { useStoryFacts } from './useFactStatuses';
import { useRelatedTeasers } from './useRelatedTeasers';
import { useNow } from './useNow';
import { useScrollSync } from './useScrollSync';
import './preview.css';

export type PreviewSurface = 'web' | 'phone' | 'print' | 'wire';

const SURFACES: ReadonlyArray<{ id: PreviewSurface; label: string; hint: string }> = [
  { id: 'web', label: 'Web', hint: 'The web page, as the HTML export writes it' },
  { id: 'phone', label: 'Phone', hint: 'The web page at phone width (390 px)' },
  { id: 'print', label: 'Print', hint: 'A4 pages, broken as the PDF breaks them' },
  { id: 'wire', label: 'Wire', hint: 'The wire text export' },
];

/** Width each surface is laid out at before it is scaled to the pane (0: the pane's own width). */
const DESIGN_WIDTH: Readonly<Record<PreviewSurface, number>> = { web: 0, phone: 390, print: 860, wire: 0 };
const SURFACE_KEY = 'copydesk.preview.surface';
const OVERLAY_KEY = 'copydesk.preview.overlay';

/** The reader's view of the open story, live as it is typed: exactly what the HTML export writes. */
export function PreviewPane() {
  // Redrawn when the writer pauses (at least every 3 s while typing goes on; another story at once),
  // and at low priority: React yields to typing while the preview catches up.
  const live = useLiveDraft();
  const held = useHeldWhileTyping(live);
  const draft = useDeferredValue(held?.storyId === live?.storyId ? held : live);
  const settings = useSettingsOr(DEFAULT_SETTINGS);
  const [surface, setSurface] = useState<PreviewSurface>(() => (localStorage.getItem(SURFACE_KEY) as PreviewSurface | null) ?? 'web');
  const [overlay, setOverlay] = useState(() => localStorage.getItem(OVERLAY_KEY) === 'on');
  const [options, setOptions] = useState(false);
  const { facts, statuses } = useStoryFacts(draft?.storyId);
  const related = useRelatedTeasers(draft?.fields.related);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [renders, setRenders] = useState(0);
  const now = useNow();

  useEffect(() => localStorage.setItem(SURFACE_KEY, surface), [surface]);
  useEffect(() => localStorage.setItem(OVERLAY_KEY, overlay ? 'on' : 'off'), [overlay]);

  const input = useMemo<ExportInput | undefined>(() => {
    if (!draft) return undefined;
    const { base, fields } = draft;
    return {
      story: { ...fields, id: base.id, createdAt: base.createdAt, updatedAt: base.updatedAt, version: base.version },
      facts,
      sources: [],
      related,
      options: { now, teaserTimeStyle: settings.teaserTimeStyle, commentPrompt: settings.commentPrompt },
    };
  }, [draft, facts, related, now, settings.teaserTimeStyle, settings.commentPrompt]);

  // Block markup is remembered per block of the live draft (its JSON is never changed in place), sanitized markup per markup.
  const [sanitizer] = useState(() => new PreviewSanitizer());
  const [blockCache] = useState(() => new WeakMap<NodeJSON, string>());
  const page = useMemo(
    () => (input && surface !== 'wire' ? sanitizer.document(storyHtmlParts(input, surface === 'print' ? 'print' : 'web', { structuredData: false, blockCache })) : undefined),
    [input, surface, sanitizer, blockCache],
  );
  const wire = useMemo(() => (input && surface === 'wire' ? storyWireText(input) : ''), [input, surface]);
  const tagged = useMemo(() => (input && overlay ? factIdsIn(exportBody(input.story.body).blocks) : []), [input, overlay]);
  const overlayCss = useMemo(() => (overlay ? factOverlayCss(statuses) : ''), [overlay, statuses]);
  const stats = useMemo(() => (input ? bodyCounts(input.story.body) : undefined), [input]);

  const sync = useScrollSync(frameRef, input?.story.body, surface === 'web' || surface === 'phone');
  const onRendered = useCallback(() => {
    sync();
    setRenders((n) => n + 1);
  }, [sync]);

  const tabs = (
    <div className="preview-surfaces" role="tablist" aria-label="Preview surface">
      {SURFACES.map(({ id, label, hint }, index) => (
        <button
          key={id}
          id={`preview-tab-${id}`}
          type="button"
          role="tab"
          className="preview-surface"
          aria-selected={surface === id}
          aria-controls="preview-surface-panel"
          tabIndex={surface === id ? 0 : -1}
          title={hint}
          onClick={() => setSurface(id)}
          onKeyDown={(event) => {
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            const next = SURFACES[(index + step + SURFACES.length) % SURFACES.length]!.id;
            setSurface(next);
            document.getElementById(`preview-tab-${next}`)?.focus();
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );

  return (
    <section className="pane preview-pane" aria-labelledby="preview-heading" data-preview-surface={surface} data-preview-renders={renders}>
      <header className="pane-header preview-header">
        <h2 id="preview-heading">Preview</h2>
        <div className="preview-tools">
          <button type="button" className="toggle" aria-pressed={options} aria-label="Page options" title="How the page shows “Read next” times and the comment prompt" onClick={() => setOptions((on) => !on)}>
            ⚙
          </button>
          <button
            type="button"
            className="toggle preview-overlay-toggle"
            aria-label="Fact overlay"
            aria-pressed={overlay}
            onClick={() => setOverlay((on) => !on)}
            title="Colour every tagged fact by its status"
          >
            ⚑ Facts
          </button>
        </div>
      </header>
      {tabs}
      {options && <PageOptions settings={settings} />}
      {overlay && surface !== 'wire' && (
        <ul className="preview-legend" aria-label="Fact statuses">
          {OVERLAY_LEGEND.map(({ status, symbol }) => (
            <li key={status}>
              <span className={`fact-symbol fact-${status}`} aria-hidden="true">
                {symbol}
              </span>{' '}
              {status}
            </li>
          ))}
          <li className="preview-legend-count">{tagged.length === 1 ? '1 tagged fact' : `${tagged.length} tagged facts`}</li>
        </ul>
      )}
      {surface === 'print' && input && <p className="preview-print-hint">A4 pages side by side, broken where the PDF breaks them; scroll sideways for the next page.</p>}
      {/* A focusable scroll region: the keys scroll the preview (the frame itself takes no focus). */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        id="preview-surface-panel"
        role="tabpanel"
        aria-labelledby={`preview-tab-${surface}`}
        className="preview-panel"
        tabIndex={0}
        onKeyDown={(event) => scrollWithKeys(event, surface === 'wire' ? event.currentTarget.querySelector('pre') : frameRef.current)}
      >
        {!input ? (
          <div className="empty-state">
            <p className="hint">Open a story to see it as readers will.</p>
          </div>
        ) : surface === 'wire' ? (
          <pre className="preview-wire" aria-label="Wire text">
            {wire}
          </pre>
        ) : (
          page && (
            <PreviewFrame
              key={surface === 'print' ? 'print' : 'web'}
              page={page}
              overlayCss={overlayCss}
              designWidth={DESIGN_WIDTH[surface]}
              title={`Preview: ${SURFACES.find((s) => s.id === surface)!.hint}`}
              frameRef={frameRef}
              onRendered={onRendered}
            />
          )
        )}
      </div>
      {stats && (
        <footer className="preview-footer">
          {stats.words} words · {Math.max(1, Math.round(stats.words / 230))} min read
          {stats.tks > 0 && <span className="preview-tk-warning"> · {stats.tks === 1 ? '1 TK' : `${stats.tks} TKs`} to fill before a final export</span>}
        </footer>
      )}
    </section>
  );
}

/** Arrow keys, Page Up/Down, Space, Home and End scroll the preview while its panel has the focus. */
function scrollWithKeys(event: KeyboardEvent, target: HTMLElement | null): void {
  const view = target instanceof HTMLIFrameElement ? target.contentWindow : undefined;
  const height = view ? view.innerHeight : (target?.clientHeight ?? 0);
  const step: Record<string, number> = { ArrowDown: 48, ArrowUp: -48, PageDown: height * 0.9, PageUp: -height * 0.9, ' ': height * 0.9 };
  if (event.key === 'Home' || event.key === 'End') {
    const top = event.key === 'Home' ? 0 : Number.MAX_SAFE_INTEGER;
    if (view) view.scrollTo({ top });
    else target?.scrollTo({ top });
  } else if (step[event.key] !== undefined) {
    const by = event.shiftKey && event.key === ' ' ? -step[event.key]! : step[event.key]!;
    if (view) view.scrollBy({ top: by });
    else target?.scrollBy({ top: by });
  } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    // The print surface's pages sit side by side.
    view?.scrollBy({ left: event.key === 'ArrowRight' ? view.innerWidth * 0.9 : -view.innerWidth * 0.9 });
  } else return;
  event.preventDefault();
}
