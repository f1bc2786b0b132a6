import { docFromPlainText } from '../document';
import { ImportError, type ImportInput, type ImportedStory } from './types';

/**
 * The simplest import: UTF-8 text, the first non-empty line the headline, the
 * rest the body, one paragraph per line. Richer formats replace this by type.
 */
export function importPlainText({ fileName, bytes }: ImportInput): ImportedStory {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim().length === 0) throw new ImportError('empty', fileName, 'the file is empty.');
  if (text.includes('\u0000')) throw new ImportError('binary', fileName, 'this is not a text file (it holds binary data).');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim().length > 0);
  const headline = lines[first]!.trim();
  return {
    fields: { headline, body: docFromPlainText(lines.slice(first + 1).join('\n')) },
    warnings: [],
    leftOut: [],
    needsHeadline: false,
  };
}
