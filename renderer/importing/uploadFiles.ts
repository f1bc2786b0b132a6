import { IMPORT_CHUNK_BYTES, type CopydeskApi } from '../../electron/api/contract';
import type { ImportEntry, ImportReport } from '../../story/importReport';
import type { PickedFile } from './collectDropped';

/** Files sent at once; each file's chunks go one after another. */
const FILES_IN_FLIGHT = 3;

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    });
    reader.addEventListener('error', () => reject(reader.error ?? new Error('The file could not be read.')));
    reader.readAsDataURL(blob);
  });
}

export interface Upload {
  jobId: string;
  report: Promise<ImportReport>;
}

/**
 * Send picked or dropped files to the server's import job, each in chunks of
 * IMPORT_CHUNK_BYTES (so no request is large, and a 50 MB file goes in 13 small ones).
 * Files the browser cannot read are reported too. A cancelled job stops the sending.
 */
export async function uploadFiles(api: CopydeskApi, files: PickedFile[]): Promise<Upload> {
  const { jobId } = await api.beginImport({ fileCount: files.length });
  const unreadable: ImportEntry[] = [];
  let next = 0;
  let stopped = false;

  const send = async (index: number) => {
    const { file, path } = files[index]!;
    const chunkCount = Math.max(1, Math.ceil(file.size / IMPORT_CHUNK_BYTES));
    for (let chunkIndex = 0; chunkIndex < chunkCount && !stopped; chunkIndex++) {
      let dataBase64: string;
      try {
        dataBase64 = await base64Of(file.slice(chunkIndex * IMPORT_CHUNK_BYTES, (chunkIndex + 1) * IMPORT_CHUNK_BYTES));
      } catch (error) {
        unreadable.push({ path, status: 'failed', warnings: [], error: `${path}: could not be read (${(error as Error).message}).` });
        return;
      }
      const answer = await api.importChunk({ jobId, fileIndex: index, path, chunkIndex, chunkCount, dataBase64 });
      if ('status' in answer && answer.status === 'skipped' && /cancelled/.test(answer.error ?? '')) stopped = true;
    }
  };

  const lane = async () => {
    while (!stopped && next < files.length) {
      try {
        await send(next++);
      } catch {
        // The job ended (cancelled or timed out): stop sending.
        stopped = true;
      }
    }
  };

  const report = Promise.all(Array.from({ length: Math.min(FILES_IN_FLIGHT, files.length) }, lane)).then(async () => {
    const final = await api.finishImport({ jobId });
    return unreadable.length === 0 ? final : { ...final, failed: final.failed + unreadable.length, entries: [...unreadable, ...final.entries] };
  });
  return { jobId, report };
}
