import { DOMSerializer } from '@tiptap/pm/model';
import { parseHTML } from 'linkedom';
import type { DocJSON } from '../../story/document';
import { newsSchema } from '../../story/schema/schema';

/** The HTML a story body renders to (the schema's own renderHTML), as the editor and preview would show it. */
export function renderedHtml(body: DocJSON): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = newsSchema().nodeFromJSON(body);
  const fragment = DOMSerializer.fromSchema(newsSchema()).serializeFragment(node.content, { document: document as unknown as Document });
  const holder = document.createElement('div');
  holder.appendChild(fragment as unknown as Node);
  return holder.innerHTML;
}

/** What makes HTML run code: script elements, event-handler attributes, javascript: (or vbscript:, data:) URLs. */
export function activeContentIn(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    if (/^(?:script|iframe|object|embed|frame|frameset)$/i.test(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`${attribute.name}=`);
      // oxlint-disable-next-line no-control-regex -- leading controls are ignored by browsers in URLs
      if (/^(?:href|src|action|formaction|xlink:href)$/i.test(attribute.name) && /^[\u0000-\u0020]*(?:javascript|vbscript|data):/i.test(attribute.value)) found.push(`${attribute.name}=${attribute.value.slice(0, 30)}`);
    }
  }
  return found;
}
