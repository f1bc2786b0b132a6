import type { ImportFormat } from '../../../story/import/types';
import { ImportError } from '../../../story/import/types';

export interface Sniffed {
  format: ImportFormat;
  /** Said to the user when the name and the content disagree. */
  warning?: string;
}

const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'mdtext']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml']);
const WORD_EXTENSIONS = new Set(['docx', 'docm', 'dotx']);
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'wire', 'nitf', '']);

const FORMAT_NAME: Record<ImportFormat, string> = { text: 'plain text', markdown: 'Markdown', html: 'a web page', docx: 'a Word document' };

/** Binary formats people drop by mistake, by their first bytes. */
const REFUSED: { magic: number[]; what: string; code: 'unsupported' | 'binary' }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF; copy its text or save it as .docx, then import that', code: 'unsupported' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document; save it as .docx in your word processor, then import that', code: 'unsupported' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not a story', code: 'binary' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image, not a story', code: 'binary' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image, not a story', code: 'binary' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive; unpack it first', code: 'unsupported' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'a program, not a story', code: 'binary' },
  { magic: [0x4d, 0x5a], what: 'a Windows program, not a story', code: 'binary' },
];

export function extensionOf(fileName: string): string {
  return fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
}

/**
 * Chooses the importer by the file's content first and its name second, so that a
 * `.txt` holding a web page, a `.docx` that is not a zip or an image renamed `.md`
 * are each read for what they are (or refused with the reason).
 */
export function sniffFormat(fileName: string, bytes: Uint8Array): Sniffed {
  const extension = extensionOf(fileName);
  const startsWith = (magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

  if (startsWith([0x50, 0x4b, 0x03, 0x04]) || startsWith([0x50, 0x4b, 0x05, 0x06])) {
    return named({ format: 'docx' }, extension);
  }
  if (startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const reason =
      extension === 'docx'
        ? 'the Word file is password-protected (encrypted); remove the password in Word and import it again.'
        : 'this is an old-format Word (.doc, 97–2003) or Office file; open it in Word and save it as .docx, then import that.';
    throw new ImportError('unsupported', fileName, reason);
  }
  const refused = REFUSED.find(({ magic }) => startsWith(magic));
  if (refused) throw new ImportError(refused.code, fileName, `this is ${refused.what}.`);

  if (looksLikeHtml(bytes)) return named({ format: 'html' }, extension);
  if (MARKDOWN_EXTENSIONS.has(extension)) return { format: 'markdown' };
  if (HTML_EXTENSIONS.has(extension)) return { format: 'html' };
  if (WORD_EXTENSIONS.has(extension)) {
    return { format: 'text', warning: `Named .${extension} but not a Word file (no zip archive inside); read as plain text.` };
  }
  if (startsWithFrontMatter(bytes)) return named({ format: 'markdown' }, extension);
  if (TEXT_EXTENSIONS.has(extension)) return { format: 'text' };
  return { format: 'text', warning: `Files of type .${extension} are read as plain text.` };
}

function named(sniffed: Sniffed, extension: string): Sniffed {
  const expected: ImportFormat | undefined = MARKDOWN_EXTENSIONS.has(extension)
    ? 'markdown'
    : HTML_EXTENSIONS.has(extension)
      ? 'html'
      : WORD_EXTENSIONS.has(extension)
        ? 'docx'
        : TEXT_EXTENSIONS.has(extension) && extension
          ? 'text'
          : undefined;
  // Markdown may legitimately hold HTML; a web page in a .md is still read as Markdown.
  if (expected === 'markdown' && sniffed.format === 'html') return { format: 'markdown' };
  if (expected === undefined || expected === sniffed.format) return sniffed;
  return { ...sniffed, warning: `Named .${extension} but holds ${FORMAT_NAME[sniffed.format]}; read as such.` };
}

/** A doctype or <html>/<head>/<body> at the start, or the tags of a page fragment in the first 4 KB. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = asciiHead(bytes);
  const start = head.replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '').slice(0, 200).toLowerCase();
  if (/^<(?:!doctype html|html[\s>]|head[\s>]|body[\s>])/.test(start)) return true;
  const tags = head.match(/<\/?(?:p|div|span|a|h[1-6]|ul|ol|li|br|table|article|section|strong|em|b|i)(?:\s[^<>]*)?\/?>/gi)?.length ?? 0;
  return start.startsWith('<') && tags >= 3;
}

function startsWithFrontMatter(bytes: Uint8Array): boolean {
  return /^---[ \t]*\r?\n[\w"' -]+:/.test(asciiHead(bytes));
}

/** The first 4 KB as text (BOMs and UTF-16 zero bytes dropped): enough to sniff a format. */
function asciiHead(bytes: Uint8Array): string {
  const slice = bytes.subarray(0, 4096);
  const utf16 = (slice[0] === 0xff && slice[1] === 0xfe) || (slice[0] === 0xfe && slice[1] === 0xff);
  const decoded = new TextDecoder(utf16 ? (slice[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8').decode(slice);
  return decoded.replace(/^\uFEFF/, '');
}
