import { z } from 'zod';
import { SOURCE_KINDS, type Source, type SourceCitation } from '../../../story/facts/model';
import { returns } from '../methodDef';
import { shortText } from './stories';
import { sourceId } from './facts';


const when = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], { error: 'must be a date (YYYY-MM-DD) or date and time (ISO 8601)' });

/** Fields of a source other than a document's file. */
const sourceFields = {
  title: z.string().trim().min(1, { error: 'must not be empty' }).max(1000, { error: 'must be at most 1000 characters' }),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  accessedAt: when.optional(),
  publisher: shortText(300).optional(),
  person: shortText(300).optional(),
  personTitle: shortText(300).optional(),
  contact: shortText(500).optional(),
  interviewedAt: when.optional(),
  onRecord: z.boolean().optional(),
  notes: shortText(20_000).optional(),
};

/** A document of up to 25 MB, sent as base64. */
const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

export const sourceMethods = {
  /** A web page, interview, wire copy, email or other source (documents go through addDocumentSource). */
  createSource: returns<Source>()({
    kind: 'write',
    input: z.strictObject({ kind: z.enum(['web', 'interview', 'wire', 'email', 'other'], { error: 'must be web, interview, wire, email or other (documents: addDocumentSource)' }), ...sourceFields }),
  }),
  /** A document: copied into the library's files folder with its SHA-256; the same file twice is one source. */
  addDocumentSource: returns<Source>()({
    kind: 'write',
    input: z.strictObject({
      fileName: z.string().trim().min(1, { error: 'must not be empty' }).max(255, { error: 'must be at most 255 characters' }),
      dataBase64: z.base64({ error: 'must be the file content in base64' }).max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4, { error: 'must be a file of at most 25 MB' }),
      title: shortText(1000).optional(),
      publisher: shortText(300).optional(),
      notes: shortText(20_000).optional(),
    }),
    maxBytes: Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 64 * 1024,
  }),
  updateSource: returns<Source>()({
    kind: 'write',
    input: z.strictObject({ id: sourceId, kind: z.enum(SOURCE_KINDS).optional(), ...sourceFields, title: sourceFields.title.optional() }),
  }),
  /** Recently used sources, or those whose title, notes, person, publisher or address match the words. */
  searchSources: returns<Source[]>()({ kind: 'read', input: z.strictObject({ query: shortText(200).default(''), limit: z.int().min(1).max(200).default(30) }) }),
  /** A source's page: the source and every fact and story citing it. */
  getSourcePage: returns<{ source: Source; citations: SourceCitation[] }>()({ kind: 'read', input: z.strictObject({ id: sourceId }) }),
  /** Delete a source no fact cites. */
  deleteSource: returns<{ removed: string }>()({ kind: 'write', input: z.strictObject({ id: sourceId }) }),
};
