import DOMPurify from 'dompurify';

/**
 * The preview shows the HTML export's own document, cleaned by DOMPurify first: no
 * script of any kind (the JSON-LD blocks go too, they are data for search engines),
 * no event handlers, no javascript: links. The frame it goes into is sandboxed
 * without scripts as well; this is the second lock on the same door.
 */
export function sanitizeStoryDocument(html: string): string {
  const clean = DOMPurify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    ADD_TAGS: ['style'],
    FORBID_TAGS: ['script', 'iframe', 'object', 'embed', 'form', 'base', 'link', 'meta'],
    FORBID_ATTR: ['srcset', 'ping', 'formaction'],
    // Link targets: the web and mail only. (Values with no scheme, such as lang="en" or start="3", pass.)
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  });
  return `<!DOCTYPE html>\n${clean}`;
}
