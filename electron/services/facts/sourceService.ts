import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../db/handle';
import * as sources from '../../../db/sources';
import type { SourceFields, SourceRecord } from '../../../db/sources';
import type { Source } from '../../../story/facts/model';
import type { MethodParams } from '../../api/contract';
import { AppError } from '../../api/errors';

export interface SourceServiceDeps {
  db: Db;
  /** The library file: documents are kept in `<library>.files/sources/` next to it. */
  libraryPath: string;
  now?: () => Date;
}

/** The folder next to the library where copies of source documents are kept. */
export const filesFolderOf = (libraryPath: string) => `${libraryPath}.files`;

/** A file name safe on every platform, keeping the original's extension. */
function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^\.+/, '').slice(-120);
  return cleaned || 'document';
}

const publicSource = ({ filePath: _filePath, ...source }: SourceRecord): Source => source;

/** The source ledger shared by all stories: web pages, documents (copied into the library), interviews, wire copy, email, other. */
export function createSourceService({ db, libraryPath, now = () => new Date() }: SourceServiceDeps) {
  const timestamp = () => now().toISOString();
  const folder = filesFolderOf(libraryPath);

  function requireSource(id: string): SourceRecord {
    const source = sources.getSource(db, id);
    if (!source) throw new AppError('not_found', `There is no source with id ${id}.`);
    return source;
  }

  /** Keep the bytes under their digest; written to a temporary file, flushed, then renamed, so no half file is ever kept. */
  function storeDocument(bytes: Buffer, originalName: string, sha256: string): string {
    const relative = path.join('sources', sha256.slice(0, 2), `${sha256}-${safeFileName(originalName)}`);
    const target = path.join(folder, relative);
    if (fs.existsSync(target)) return relative;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    return relative;
  }

  return {
    get(id: string): Source {
      return publicSource(requireSource(id));
    },

    create(input: MethodParams<'createSource'>): Source {
      const id = crypto.randomUUID();
      const { kind, title, notes, ...rest } = input;
      sources.insertSource(db, id, { kind, title: title.trim(), notes: notes ?? '', ...rest } as SourceFields, timestamp());
      return publicSource(requireSource(id));
    },

    /**
     * A document source: the bytes are copied into the library's files folder with their SHA-256.
     * The same file added twice is one source.
     */
    addDocument(input: MethodParams<'addDocumentSource'>): Source {
      const bytes = Buffer.from(input.dataBase64, 'base64');
      if (bytes.length === 0) throw new AppError('invalid_input', `addDocumentSource: the file “${input.fileName}” is empty.`);
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      const existing = sources.findDocumentByDigest(db, sha256);
      if (existing) return publicSource(existing);
      const filePath = storeDocument(bytes, input.fileName, sha256);
      const id = crypto.randomUUID();
      sources.insertSource(
        db,
        id,
        { kind: 'document', title: (input.title ?? '').trim() || input.fileName, notes: input.notes ?? '', fileName: input.fileName, filePath, fileSize: bytes.length, sha256, ...(input.publisher ? { publisher: input.publisher } : {}) },
        timestamp(),
      );
      return publicSource(requireSource(id));
    },

    update(input: MethodParams<'updateSource'>): Source {
      return db.transaction(() => {
        const current = requireSource(input.id);
        const { id, ...changes } = input;
        if (current.kind === 'document' && changes.kind !== undefined && changes.kind !== 'document') {
          throw new AppError('invalid_input', 'updateSource: a document source keeps its kind (its file is in the library).');
        }
        const merged = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as SourceFields;
        sources.updateSource(db, id, merged, timestamp());
        return publicSource(requireSource(id));
      }).immediate();
    },

    /** Recently used sources, or those matching the words: for reusing a source on another fact or story. */
    search({ query, limit }: { query: string; limit: number }): Source[] {
      return sources.searchSources(db, query, limit).map(publicSource);
    },

    /** A source's page: the source and every fact and story that cites it. */
    page(id: string): { source: Source; citations: sources.Citation[] } {
      return { source: publicSource(requireSource(id)), citations: sources.citationsOf(db, id) };
    },

    /** Delete a source no fact cites. The document copy stays in the files folder (a backup may still point to it). */
    remove({ id }: { id: string }): { removed: string } {
      const citations = sources.citationsOf(db, id);
      requireSource(id);
      if (citations.length > 0) throw new AppError('conflict', `This source is cited by ${citations.length} fact${citations.length === 1 ? '' : 's'}; detach it from them first.`);
      sources.deleteSource(db, id);
      return { removed: id };
    },

    /** Where a document source's copy is on disk (main process only: exporters, "show in folder"). */
    documentPath(id: string): string | undefined {
      const source = requireSource(id);
      return source.filePath ? path.join(folder, source.filePath) : undefined;
    },
  };
}

export type SourceService = ReturnType<typeof createSourceService>;
