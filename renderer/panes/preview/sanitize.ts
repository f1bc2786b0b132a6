import DOMPurify, { type Config } from 'dompurify';

const CONFIG: Config = {
  ADD_TAGS: ['style'],
  FORBID_TAGS: ['script', 'iframe', 'object', 'embed', 'form', 'base', 'link', 'meta'],
  FORBID_ATTR: ['srcset', 'ping', 'formaction'],
  // Link targets: the web and mail only. (Values with no scheme, such as lang="en" or start="3", pass.)
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/**
 * The preview shows the HTML export's own document, cleaned by DOMPurify first: no
 * script of any kind (the JSON-LD blocks go too, they are data for search engines),
 * no event handlers, no javascript: links. The frame it goes into is sandboxed
 * without scripts as well; this is the second lock on the same door.
 */
export function sanitizeStoryDocument(html: string): string {
  return `<!DOCTYPE html>\n${DOMPurify.sanitize(html, { ...CONFIG, WHOLE_DOCUMENT: true })}`;
}

/** One block of the story body (markup that goes inside the page's body), cleaned the same way. */
export function sanitizeStoryFragment(html: string): string {
  return DOMPurify.sanitize(html, CONFIG);
}
