/** The only link targets a story may hold: the web and email. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

export function isAllowedLinkHref(href: string): boolean {
  // Browsers ignore leading control characters and whitespace in URLs; so do we before judging.
  // oxlint-disable-next-line no-control-regex -- stripping control characters is the point
  const trimmed = href.replace(/^[\u0000-\u0020]+/, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed);
  if (!match) return false;
  const scheme = match[1]!.toLowerCase();
  return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(scheme);
}
