import { DOMParser } from '@xmldom/xmldom';

/**
 * Parse XML and fail on anything the parser had to forgive. xmldom is lenient
 * (an unclosed element is only a warning), so warnings count as failures here.
 */
export function parseStrictXml(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ errorHandler: (level: string, message: string) => problems.push(`${level}: ${message}`) } as never).parseFromString(xml, 'text/xml');
  if (problems.length > 0) throw new Error(`Not well-formed XML:\n${problems.join('\n')}`);
  return doc as unknown as Document;
}
