import { ImportError } from './types';

/** Present in every runtime story/ runs in (browsers, Node); story/ is type-checked without DOM or Node types. */
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input?: Uint8Array): string };

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Said to the user: the encoding guessed, bytes replaced. */
  warnings: string[];
}

const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252 (Western European)',
};

/**
 * Turns a text file's bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE with
 * BOM, else Windows-1252 when the bytes are not UTF-8. Invalid bytes become U+FFFD
 * with a warning; data that is not text at all is refused as `binary`.
 */
export function decodeText(bytes: Uint8Array, fileName: string, declared?: string): DecodedText {
  const bom = bomOf(bytes);
  if (bom) return finish(decodeWith(bom.encoding, bytes.subarray(bom.length)), bom.encoding, [], fileName);
  const labelled = declared ? normaliseLabel(declared) : undefined;
  if (labelled === 'utf-16le' || labelled === 'utf-16be') return finish(decodeWith(labelled, bytes), labelled, [], fileName);
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return finish(decodeWith(utf16, bytes), utf16, [], fileName);

  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) return finish(decodeWith('utf-8', bytes), 'utf-8', [], fileName);
  // Mostly valid UTF-8 with a few damaged bytes stays UTF-8; otherwise the high bytes are a legacy code page.
  const looksUtf8 = labelled === 'utf-8' || (scan.validMultibyte > 0 && scan.invalid * 4 <= scan.validMultibyte);
  if (looksUtf8) {
    return finish(decodeWith('utf-8', bytes), 'utf-8', [`${plural(scan.invalid, 'invalid byte')} replaced with “�”.`], fileName);
  }
  const { text: cleaned, undefinedBytes } = decodeWindows1252(bytes);
  const warnings = labelled === 'windows-1252' ? [] : [`Read as ${ENCODING_LABEL['windows-1252']}: the file is not UTF-8.`];
  if (undefinedBytes > 0) warnings.push(`${plural(undefinedBytes, 'invalid byte')} replaced with “�”.`);
  return finish(cleaned, 'windows-1252', warnings, fileName);
}

function finish(raw: string, encoding: TextEncodingName, warnings: string[], fileName: string): DecodedText {
  const text = raw.replace(/\r\n?/g, '\n');
  if (looksBinary(text)) throw new ImportError('binary', fileName, 'this is not a text file (it holds binary data).');
  return { text, encoding, warnings };
}

/** One decoder per encoding (decoding whole files, they keep no state between calls). */
const decoders = new Map<TextEncodingName, InstanceType<typeof TextDecoder>>();

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes).text;
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true })));
  return decoder.decode(bytes);
}

/** 0x80–0x9F of Windows-1252; 0 marks the five undefined bytes. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * By hand, because Node's TextDecoder reads "windows-1252" as Latin-1 (0x93 becomes a
 * control character instead of “). Undefined bytes become U+FFFD and are counted.
 */
function decodeWindows1252(bytes: Uint8Array): { text: string; undefinedBytes: number } {
  let undefinedBytes = 0;
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => {
      if (byte < 0x80 || byte > 0x9f) return byte;
      const code = CP1252_HIGH[byte - 0x80]!;
      if (code === 0) undefinedBytes += 1;
      return code || 0xfffd;
    });
    parts.push(String.fromCharCode(...codes));
  }
  return { text: parts.join(''), undefinedBytes };
}

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Latin text in UTF-16 without a BOM: nearly every other byte is zero. */
function bomlessUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = sample / 2;
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8. */
export function scanUtf8(bytes: Uint8Array): { validMultibyte: number; invalid: number } {
  let validMultibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok && length === 3) ok = !(byte === 0xe0 && bytes[i + 1]! < 0xa0) && !(byte === 0xed && bytes[i + 1]! > 0x9f);
    if (ok && length === 4) ok = !(byte === 0xf0 && bytes[i + 1]! < 0x90) && !(byte === 0xf4 && bytes[i + 1]! > 0x8f);
    if (ok) {
      validMultibyte += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { validMultibyte, invalid };
}

/** NUL bytes, or more than 2% control characters other than tab, line feed and form feed. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  // oxlint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g)?.length ?? 0;
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  return controls > sample.length * 0.02 || replaced > sample.length * 0.1;
}

function normaliseLabel(label: string): TextEncodingName | undefined {
  const name = label.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  if (name === 'utf-16' || name === 'utf-16le') return 'utf-16le';
  if (name === 'utf-16be') return 'utf-16be';
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'iso-8859-15'].includes(name)) return 'windows-1252';
  return undefined;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
