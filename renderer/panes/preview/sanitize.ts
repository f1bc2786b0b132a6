import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

const CONFIG: Config = {
  ADD_TAGS: ['style'],
  FORBID_TAGS: ['script', 'iframe', 'object', 'embed', 'form', 'base', 'link', 'meta'],
  FORBID_ATTR: ['srcset', 'ping', 'formaction'],
  // Link targets: the web and mail only. (Values with no scheme, such as lang="en" or start="3", pass.)
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/**
 * One DOMPurify instance per use, configured once: the preview sanitizes a block per keystroke, and
 * a configuration passed to each call is parsed again each time (longer than the block takes).
 * Instances of their own leave the shared DOMPurify's configuration to the code that uses it.
 */
function purifier(config: Config): () => Purifier {
  let instance: Purifier | undefined;
  return () => {
    if (!instance) {
      instance = DOMPurify(window);
      instance.setConfig(config);
    }
    return instance;
  };
}

const documentPurifier = purifier({ ...CONFIG, WHOLE_DOCUMENT: true });
const fragmentPurifier = purifier(CONFIG);

/**
 * The preview shows the HTML export's own document, cleaned by DOMPurify first: no
 * script of any kind (the JSON-LD blocks go too, they are data for search engines),
 * no event handlers, no javascript: links. The frame it goes into is sandboxed
 * without scripts as well; this is the second lock on the same door.
 */
export function sanitizeStoryDocument(html: string): string {
  return `<!DOCTYPE html>\n${documentPurifier().sanitize(html)}`;
}

/** One block of the story body (markup that goes inside the page's body), cleaned the same way. */
export function sanitizeStoryFragment(html: string): string {
  return fragmentPurifier().sanitize(html);
}
