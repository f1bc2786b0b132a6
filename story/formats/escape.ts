/** Escaping for the text formats we write. Every string from a story passes through one of these. */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const NEEDS_ESCAPE = /[&<>"']/;

/** Text or attribute value in HTML and XML (also valid XHTML/XML 1.0, which has no &apos; in HTML 4). */
export function escapeHtml(text: string): string {
  const clean = stripInvalidXmlChars(text);
  return NEEDS_ESCAPE.test(clean) ? clean.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!) : clean;
}

// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** XML 1.0 forbids most control characters even as references, and lone surrogates; a story never needs them. */
export function stripInvalidXmlChars(text: string): string {
  // Nearly every string is clean: one scan, and no copying, for those.
  if (!SUSPECT.test(text)) return text;
  // oxlint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** JSON inside <script type="application/ld+json">: nothing in it can close the element or start markup. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A YAML double-quoted scalar: always quoted, so "no", "1.0" or ": " never change meaning. */
export function yamlString(text: string): string {
  const escaped = stripInvalidXmlChars(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return `"${escaped}"`;
}

/** Markdown-significant characters in running text, escaped so the words read as words. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`);
}

/** Markdown that would start a block at the beginning of a line (heading, list, quote, rule). */
export function escapeMarkdownLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#>+-])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)(=+|-{3,})\s*$/, '$1\\$2');
}

/** A CSV cell (RFC 4180), made safe for spreadsheets: a cell that would start a formula is prefixed with '. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
