import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../story/import/encoding';
import { ImportError } from '../../../story/import/types';

const TEXT = 'Café “quoted” — naïve façade €5';
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, bigEndian: boolean, bom = true) => {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return new Uint8Array(bytes);
};
/** Windows-1252 bytes for TEXT, written out by hand. */
const CP1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x97, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x66, 0x61, 0xe7, 0x61, 0x64, 0x65, 0x20, 0x80, 0x35]);

describe('text encodings', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8(TEXT), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8', warnings: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'a.txt').text).toBe(TEXT);
  });

  it('reads UTF-16 little- and big-endian with a BOM, and Latin UTF-16 without one', () => {
    expect(decodeText(utf16(TEXT, false), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16(TEXT, true), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(utf16('Plain words only here', false, false), 'a.txt')).toMatchObject({ text: 'Plain words only here', encoding: 'utf-16le' });
  });

  it('detects Windows-1252 and says so', () => {
    const decoded = decodeText(CP1252, 'a.txt');
    expect(decoded.text).toBe(TEXT);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings[0]).toMatch(/Windows-1252/);
  });

  it('replaces a few invalid bytes in UTF-8 text with a warning, never failing', () => {
    const bytes = new Uint8Array([...utf8('Café naïve '), 0xff, ...utf8(' façade — ok')]);
    const decoded = decodeText(bytes, 'a.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Café naïve \uFFFD façade — ok');
    expect(decoded.warnings).toEqual(['1 invalid byte replaced with “�”.']);
  });

  it('normalises line endings', () => {
    expect(decodeText(utf8('a\r\nb\rc'), 'a.txt').text).toBe('a\nb\nc');
  });

  it('refuses binary data with the file named', () => {
    const junk = new Uint8Array(2000).map((_, index) => (index * 7919) % 256);
    expect(() => decodeText(junk, 'junk.txt')).toThrow(ImportError);
    expect(() => decodeText(junk, 'junk.txt')).toThrow(/junk\.txt: this is not a text file/);
    expect(() => decodeText(new Uint8Array([0x61, 0, 0x62, 0x63, 0x64]), 'nul.txt')).toThrow(/binary/);
  });
});
