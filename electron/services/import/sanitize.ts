import { createRequire } from 'node:module';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import type { JSDOM as JsdomClass } from 'jsdom';

/**
 * DOMPurify on a jsdom window (scripts off, no resources loaded): the sanitizer every
 * imported piece of HTML passes before it is parsed into the story schema.
 *
 * Not on linkedom: DOMPurify reads nodes through prototype getters (nodeType,
 * parentNode, ownerDocument) that linkedom keeps as own properties, and then passes
 * the input through untouched. jsdom is the DOM DOMPurify supports on the server.
 */
let purifier: { purify: DOMPurify; document: Document } | undefined;
/** The file jsdom is looked up from: this bundle, unless started from source (the import's parse worker). */
let modulesFrom = __filename;

/** Look jsdom up from beside `file` (a worker thread started from source has no file of its own). */
export function resolveModulesFrom(file: string): void {
  modulesFrom = file;
}

function instance(): { purify: DOMPurify; document: Document } {
  if (purifier) return purifier;
  // Loaded on the first import, not at start-up: requiring jsdom takes a few hundred ms.
  const { JSDOM } = createRequire(modulesFrom)('jsdom') as { JSDOM: typeof JsdomClass };
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
  const purify = createDOMPurify(window as unknown as Window & typeof globalThis);
  // Fail closed: an unsupported DOM would make DOMPurify return its input unsanitized.
  if (!purify.isSupported) throw new Error('DOMPurify is not supported on this DOM; refusing to import HTML unsanitized.');
  purifier = { purify, document: window.document };
  return purifier;
}

/** Only what the story schema can hold, plus what the importers read before parsing (figures, notes). */
const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a', 'hr', 'blockquote',
  'figure', 'figcaption', 'img', 'picture', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'dl', 'dt', 'dd',
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'span', 'sup', 'sub', 'small', 'cite', 'q', 'abbr',
  'time', 'pre', 'code', 'u', 's', 'del', 'ins', 'mark',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'id', 'start', 'datetime'];
const KEPT_ATTRIBUTES = new Set(ALLOWED_ATTR);

/**
 * Drops every attribute the sanitizer would drop, on the (fast) linkedom tree before its
 * HTML goes to DOMPurify: jsdom removes attributes one by one at a cost that grows with
 * their number, and a damaged page can hold thousands on one element (found by fuzzing).
 */
export function stripAttributes(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) if (!KEPT_ATTRIBUTES.has(name.toLowerCase())) element.removeAttribute(name);
  }
}

export interface Sanitized {
  /** A <body> of the sanitizer's document holding the clean content. */
  body: HTMLElement;
  /** How many elements and attributes DOMPurify took out. */
  removed: number;
}

export function sanitizeHtml(html: string): Sanitized {
  const { purify, document } = instance();
  const clean = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
    RETURN_DOM: true,
    WHOLE_DOCUMENT: false,
  }) as HTMLElement | null;
  // DOMPurify answers null when nothing of the input is left.
  return { body: clean ?? document.createElement('body'), removed: purify.removed.length };
}
