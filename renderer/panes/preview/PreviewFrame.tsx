import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { isAllowedLinkHref } from '../../../story/schema/links';
import { useLatest } from '../../hooks/useLatest';
import { FramePatcher } from './framePatcher';
import { previewHtml, type PreviewDocument } from './previewDocument';

interface Props {
  /** The sanitized story document. */
  page: PreviewDocument;
  /** Extra stylesheet for the preview only (the fact overlay); empty for none. */
  overlayCss: string;
  /** The width the page is laid out at (CSS px); scaled down to fit the pane. 0: the pane's own width. */
  designWidth: number;
  title: string;
  frameRef: RefObject<HTMLIFrameElement | null>;
  /** Called after each render of the content (for scroll sync and tests). */
  onRendered(): void;
}

const OVERLAY_ID = 'copydesk-fact-overlay';

/**
 * A sandboxed frame showing the story document: no scripts may run in it (no
 * allow-scripts). allow-same-origin lets this pane, not the document, update it in
 * place as the story changes (no reload, no flash, scroll kept) and follow the editor.
 */
export function PreviewFrame({ page, overlayCss, designWidth, title, frameRef, onRendered }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [boxSize, setBoxSize] = useState({ width: 0, height: 0 });
  // The first document goes in as srcdoc; later ones patch it in place, block by block (see FramePatcher).
  const [srcDoc] = useState(() => previewHtml(page));
  const [patcher] = useState(() => new FramePatcher());
  const loadedRef = useRef(false);
  const latest = useLatest({ page, overlayCss, onRendered });

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => entry && setBoxSize({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const doc = frameRef.current?.contentDocument;
    if (!loadedRef.current || !doc?.body) return;
    const changed = patcher.apply(doc, page);
    if (setOverlay(doc, overlayCss) || changed) onRendered();
  }, [page, overlayCss, frameRef, onRendered, patcher]);

  const onLoad = () => {
    const doc = frameRef.current?.contentDocument;
    if (!doc) return;
    loadedRef.current = true;
    doc.addEventListener('click', openLinksOutside);
    patcher.apply(doc, latest.current.page);
    setOverlay(doc, latest.current.overlayCss);
    latest.current.onRendered();
  };

  // Phone and print are laid out at their own width and scaled down (never up) to fit; web takes the pane's width.
  const scale = designWidth > 0 && boxSize.width > 0 ? Math.min(1, boxSize.width / designWidth) : 1;
  const width = designWidth > 0 ? designWidth : boxSize.width;
  return (
    <div ref={boxRef} className="preview-frame-box">
      <div className="preview-stage" style={{ width: `${width * scale}px`, height: `${boxSize.height}px` }}>
        <iframe
          ref={frameRef}
          className="preview-frame"
          title={title}
          sandbox="allow-same-origin"
          referrerPolicy="no-referrer"
          // The pane around the frame takes the focus and scrolls it with the keyboard (one tab stop, not one per link).
          tabIndex={-1}
          srcDoc={srcDoc}
          onLoad={onLoad}
          style={{ width: `${width}px`, height: `${boxSize.height / scale}px`, transform: scale < 1 ? `scale(${scale})` : undefined }}
        />
      </div>
    </div>
  );
}

/** The fact overlay's stylesheet in the frame; true if it changed. */
function setOverlay(doc: Document, overlayCss: string): boolean {
  let overlay = doc.getElementById(OVERLAY_ID);
  if (!overlay) {
    overlay = doc.createElement('style');
    overlay.id = OVERLAY_ID;
    doc.head.append(overlay);
  }
  if (overlay.textContent === overlayCss) return false;
  overlay.textContent = overlayCss;
  return true;
}

/** Links in the preview never navigate the frame: web and mail links open outside the app. */
function openLinksOutside(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  if (isAllowedLinkHref(href)) window.open(href, '_blank', 'noopener,noreferrer');
}
