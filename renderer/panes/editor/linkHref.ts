import { isAllowedLinkHref } from '../../../story/schema/links';

/** What the writer typed, as a link target: "example.com" is a web address, "a@b.org" an email. Undefined when not allowed. */
export function normaliseHref(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return isAllowedLinkHref(text) ? text : undefined;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  if (/^(?:www\.)?[^\s/]+\.[a-z]{2,}(?:[/?#]\S*)?$/i.test(text) || text.startsWith('//')) return `https://${text.replace(/^\/\//, '')}`;
  return undefined;
}
