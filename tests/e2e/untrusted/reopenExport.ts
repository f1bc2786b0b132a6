/**
 * Every export file, reopened the way its readers open it, and held to the checker:
 * the HTML page (and print surface) as the page it is; Markdown rendered by markdown-it
 * with raw HTML allowed (as static-site generators do); ninjs' rich-text body and
 * NewsML-G2's inline XHTML as documents of their own; a DOCX's hyperlink targets and
 * fields, the HTML mammoth reads out of it (unsanitized) and our own importer's reading
 * of it; wire text as text.
 */
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { load as loadYaml } from 'js-yaml';
import { DOMParser as XmlParser, XMLSerializer } from '@xmldom/xmldom';
import { PAGE_CSP } from '../../../story/formats/html';
import { importStoryFile } from '../../../electron/services/import/registry';
import { activeContentInHtml, activeContentInJson, activeContentInXml, dangerousUrl, type Finding } from '../../helpers/untrusted/activeContent';
import { renderedHtml } from '../../helpers/importedHtml';
import type { DocumentViewer } from './documentViewer';

const OWN_PAGE = { document: true, ownPage: { csp: PAGE_CSP, jsonLd: true } } as const;
const markdown = new MarkdownIt('commonmark', { html: true });

const tagged = (file: string, findings: Finding[]) => findings.map((finding) => ({ ...finding, detail: `${file}: ${finding.detail}` }));

/** The export's own page (web or print surface). */
export async function reopenHtmlPage(viewer: DocumentViewer, file: string, html: string): Promise<Finding[]> {
  await viewer.view(file, html, 'text/html; charset=utf-8');
  return tagged(file, activeContentInHtml(html, OWN_PAGE));
}

async function reopenMarkdown(viewer: DocumentViewer, file: string, text: string): Promise<Finding[]> {
  const [, frontMatter = '', body = text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const findings: Finding[] = [];
  try {
    loadYaml(frontMatter);
  } catch (error) {
    findings.push({ rule: 'malformed', detail: `front matter: ${(error as Error).message.slice(0, 100)}` });
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${file}</title></head><body>${markdown.render(body)}</body></html>`;
  await viewer.view(`${file}.html`, html, 'text/html; charset=utf-8');
  return tagged(file, [...findings, ...activeContentInHtml(html, { document: true })]);
}

/** Every address in a JSON value (keys ending in uri, url, href, @id, sameAs...) that runs code or renders a document. */
function addressesIn(json: unknown, root: string): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string' && /(?:uri|url|href|@id|sameas|link)$/i.test(where)) {
      const reason = dangerousUrl(value);
      if (reason) findings.push({ rule: 'url', detail: `${where}: ${reason}` });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`);
  };
  walk(json, root);
  return findings;
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A fact-check CSV: no cell a spreadsheet would run as a formula. */
async function reopenFactCsv(viewer: DocumentViewer, file: string, text: string): Promise<Finding[]> {
  const rows = parseCsv(text);
  const findings: Finding[] = [];
  if (rows.length < 2 || rows.some((row) => row.length !== rows[0]!.length)) findings.push({ rule: 'malformed', detail: `${rows.length} rows of uneven width` });
  rows.slice(1).forEach((row, index) => {
    for (const [column, value] of row.entries()) if (/^[=+\-@\t\r]/.test(value)) findings.push({ rule: 'formula', detail: `row ${index + 1} ${rows[0]![column]}: ${JSON.stringify(value.slice(0, 40))}` });
  });
  await viewer.view(file, text, 'text/plain; charset=utf-8');
  return tagged(file, findings);
}

/** Fact-check JSON and ClaimReview JSON-LD: addresses, and (JSON-LD goes into a page's script block) nothing that would end that block. */
async function reopenFactJson(viewer: DocumentViewer, file: string, text: string): Promise<Finding[]> {
  const findings = addressesIn(JSON.parse(text), file.endsWith('.jsonld') ? 'claimreview' : 'factcheck');
  if (file.endsWith('.jsonld') && /<\/script|<!--/i.test(text)) findings.push({ rule: 'script-breakout', detail: 'JSON-LD that would end a <script> block' });
  await viewer.view(file, text, 'application/json; charset=utf-8');
  return tagged(file, findings);
}

async function reopenNinjs(viewer: DocumentViewer, file: string, text: string): Promise<Finding[]> {
  const ninjs = JSON.parse(text) as { bodies?: Array<{ contenttype: string; value: string }> };
  // Addresses anywhere in the item (associations, trust indicators).
  const findings = addressesIn(ninjs, 'ninjs');
  for (const body of ninjs.bodies ?? []) {
    if (body.contenttype !== 'application/xhtml+xml') continue;
    findings.push(...activeContentInXml(`<div xmlns="http://www.w3.org/1999/xhtml">${body.value}</div>`), ...activeContentInHtml(body.value));
    await viewer.view(`${file}.body.html`, `<!doctype html><html><head><meta charset="utf-8"></head><body>${body.value}</body></html>`, 'text/html; charset=utf-8');
  }
  return tagged(file, findings);
}

async function reopenNewsMl(viewer: DocumentViewer, file: string, text: string): Promise<Finding[]> {
  const findings = activeContentInXml(text);
  const doc = new XmlParser().parseFromString(text, 'application/xml');
  const pages = doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'html');
  for (let index = 0; index < pages.length; index += 1) {
    const xhtml = new XMLSerializer().serializeToString(pages.item(index)!);
    await viewer.view(`${file}.${index}.xhtml`, `<?xml version="1.0" encoding="UTF-8"?>\n${xhtml}`, 'application/xhtml+xml; charset=utf-8');
  }
  if (pages.length === 0) findings.push({ rule: 'malformed', detail: 'no inline XHTML body' });
  return tagged(file, findings);
}

/** Relationship targets and field instructions of a Word file. */
function docxParts(bytes: Uint8Array): Finding[] {
  const findings: Finding[] = [];
  const parts = unzipSync(bytes);
  for (const [name, data] of Object.entries(parts)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const text = strFromU8(data);
    for (const match of text.matchAll(/<Relationship\b[^>]*>/g)) {
      const target = /Target="([^"]*)"/.exec(match[0])?.[1] ?? '';
      const external = /TargetMode="External"/.test(match[0]);
      const decoded = target.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      if (external && !/^(?:https?:\/\/|mailto:)/i.test(decoded)) findings.push({ rule: 'url', detail: `${name}: external target ${JSON.stringify(decoded.slice(0, 60))}` });
    }
    const instructions = [...text.matchAll(/<w:instrText\b[^>]*>([^<]*)<\/w:instrText>/g), ...text.matchAll(/<w:fldSimple\b[^>]*w:instr="([^"]*)"/g)].map((match) => match[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    for (const instruction of instructions) {
      const link = /^\s*HYPERLINK\s+"([^"]*)"/i.exec(instruction)?.[1];
      const fetches = /\b(?:DDE|DDEAUTO|INCLUDETEXT|INCLUDEPICTURE|IMPORT|LINK|MACROBUTTON|AUTOOPEN)\b/i.test(instruction);
      if (fetches || (link !== undefined && !/^(?:https?:\/\/|mailto:)/i.test(link))) findings.push({ rule: 'field', detail: `${name}: ${instruction.slice(0, 80)}` });
    }
    if (/<w:altChunk\b/.test(text)) findings.push({ rule: 'element', detail: `${name}: altChunk` });
  }
  return findings;
}

async function reopenDocx(viewer: DocumentViewer, file: string, bytes: Uint8Array): Promise<Finding[]> {
  const findings = docxParts(bytes);
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { externalFileAccess: false });
  findings.push(...activeContentInHtml(html));
  await viewer.view(`${file}.mammoth.html`, `<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`, 'text/html; charset=utf-8');
  const again = await importStoryFile({ fileName: file, bytes });
  findings.push(...activeContentInJson(again.fields.body), ...activeContentInHtml(renderedHtml(again.fields.body!)));
  return tagged(file, findings);
}

/** One exported file, by its extension. */
export async function reopenExport(viewer: DocumentViewer, file: string, bytes: Uint8Array): Promise<Finding[]> {
  const text = () => strFromU8(bytes);
  if (file.endsWith('.html')) return reopenHtmlPage(viewer, file, text());
  if (file.endsWith('.md')) return reopenMarkdown(viewer, file, text());
  if (file.endsWith('.ninjs.json')) return reopenNinjs(viewer, file, text());
  if (file.endsWith('.newsml.xml')) return reopenNewsMl(viewer, file, text());
  if (file.endsWith('.docx')) return reopenDocx(viewer, file, bytes);
  if (file.endsWith('.factcheck.csv')) return reopenFactCsv(viewer, file, text());
  if (file.endsWith('.factcheck.json') || file.endsWith('.claimreview.jsonld')) return reopenFactJson(viewer, file, text());
  if (file.endsWith('.txt')) {
    await viewer.view(file, Buffer.from(bytes), 'text/plain; charset=utf-8');
    return [];
  }
  return [{ rule: 'unknown', detail: `${file}: no reader for this export` }];
}

/** The files of an export download: one file as is, several in a zip. */
export function exportedFiles(download: { fileName: string; base64: string }): Array<{ name: string; bytes: Uint8Array }> {
  const bytes = new Uint8Array(Buffer.from(download.base64, 'base64'));
  if (!download.fileName.endsWith('.zip')) return [{ name: download.fileName, bytes }];
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, bytes: data }));
}
