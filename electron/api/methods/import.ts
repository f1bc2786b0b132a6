import { z } from 'zod';
import type { ImportEntry, ImportReport } from '../../../story/importReport';
import { returns } from '../methodDef';

/** Bytes of one uploaded chunk (before base64); the renderer splits files into chunks this size. */
export const IMPORT_CHUNK_BYTES = 4 * 1024 * 1024;
const jobId = z.uuid({ error: 'must be an import job id' });

export const importMethods = {
  /** Start importing `fileCount` files whose bytes follow (drag and drop, browser mode); returns the job id. */
  beginImport: returns<{ jobId: string }>()({
    kind: 'write',
    input: z.strictObject({ fileCount: z.int().min(1, { error: 'must be at least 1' }).max(1_000_000) }),
  }),
  /**
   * One chunk of one file, base64. The last chunk of a file answers with what became of it;
   * a file is sent in chunks of IMPORT_CHUNK_BYTES so no request is large (files up to 100 MB).
   */
  importChunk: returns<ImportEntry | { received: number }>()({
    kind: 'write',
    input: z.strictObject({
      jobId,
      fileIndex: z.int().min(0),
      path: z.string().min(1, { error: 'must name the file' }).max(1000, { error: 'must be at most 1000 characters' }),
      chunkIndex: z.int().min(0),
      chunkCount: z.int().min(1).max(1000),
      dataBase64: z.base64({ error: 'must be base64' }).max(Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4 + 4, { error: 'is larger than one chunk' }),
    }),
    maxBytes: Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4 + 64 * 1024,
  }),
  /** No more files: resolves with the report once the last file is in. */
  finishImport: returns<ImportReport>()({ kind: 'write', input: z.strictObject({ jobId }) }),
};
