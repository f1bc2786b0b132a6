/**
 * Every export format: its id (as the CLI and the API name it), what the user
 * reads in the export dialog, the file it makes, and the pure function that
 * makes it. PDF is listed but rendered by the app (Electron prints the print
 * surface); the CLI says so.
 */
import { exportClaimReviewFile, exportFactReportCsv, exportFactReportJson } from './factReport';
import { storyDocx } from './docx';
import { storyHtml } from './html';
import { storyMarkdown } from './markdown';
import { storyNewsMl } from './newsml';
import { storyNinjsJson } from './ninjs';
import type { ExportInput } from './types';
import { storyWireText } from './wireText';

export const EXPORT_FORMATS = ['html', 'md', 'txt', 'ninjs', 'newsml', 'docx', 'pdf', 'factcheck-csv', 'factcheck-json', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  label: string;
  /** One line for the dialog. */
  description: string;
  /** Appended to the file name ("harbour-ferry" + ".ninjs.json"). */
  extension: string;
  mime: string;
  /** Fact-check report formats: written only when the story has facts. */
  factReport?: boolean;
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
  html: { label: 'Web page (HTML)', description: 'One self-contained file with schema.org NewsArticle data', extension: '.html', mime: 'text/html' },
  md: { label: 'Markdown', description: 'Text with YAML front matter, for static sites and editors', extension: '.md', mime: 'text/markdown' },
  txt: { label: 'Wire text', description: 'Plain text in agency layout: slug, headline, dateline, end mark', extension: '.txt', mime: 'text/plain' },
  ninjs: { label: 'IPTC ninjs', description: 'News in JSON 2.x, for newsroom systems', extension: '.ninjs.json', mime: 'application/json' },
  newsml: { label: 'NewsML-G2', description: 'IPTC NewsItem XML with inline XHTML', extension: '.newsml.xml', mime: 'application/xml' },
  docx: { label: 'Word (DOCX)', description: 'Styled headline, headings, lists and links', extension: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { label: 'PDF', description: 'The print surface: A4 pages as the preview shows them', extension: '.pdf', mime: 'application/pdf' },
  'factcheck-csv': { label: 'Fact-check report (CSV)', description: 'One row per fact, for a spreadsheet', extension: '.factcheck.csv', mime: 'text/csv', factReport: true },
  'factcheck-json': { label: 'Fact-check report (JSON)', description: 'Facts, statuses and sources', extension: '.factcheck.json', mime: 'application/json', factReport: true },
  claimreview: { label: 'ClaimReview (JSON-LD)', description: 'Verdicts on claims, as search engines read them', extension: '.claimreview.jsonld', mime: 'application/ld+json', factReport: true },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The formats a pure function makes; PDF needs a browser engine to print with. */
export type SerializableFormat = Exclude<ExportFormat, 'pdf'>;

const SERIALIZERS: Readonly<Record<SerializableFormat, (input: ExportInput) => string | Promise<Uint8Array>>> = {
  html: (input) => storyHtml(input, 'web'),
  md: storyMarkdown,
  txt: storyWireText,
  ninjs: storyNinjsJson,
  newsml: storyNewsMl,
  docx: storyDocx,
  'factcheck-csv': exportFactReportCsv,
  'factcheck-json': exportFactReportJson,
  claimreview: exportClaimReviewFile,
};

/** The file's bytes in a format (text formats are UTF-8). */
export async function serializeStory(format: SerializableFormat, input: ExportInput): Promise<Uint8Array> {
  const result = await SERIALIZERS[format](input);
  return typeof result === 'string' ? new TextEncoder().encode(result) : result;
}

/** The print surface (what the PDF is made of). */
export function printSurfaceHtml(input: ExportInput): string {
  return storyHtml(input, 'print');
}
