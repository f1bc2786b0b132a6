import type { Handlers } from '../dispatch';
import type { ImportService } from '../../services/importPipeline/importService';

export function importHandlers(imports: ImportService): Pick<Handlers, 'beginImport' | 'importChunk' | 'finishImport'> {
  return {
    beginImport: ({ fileCount }) => ({ jobId: imports.beginUpload(fileCount) }),
    importChunk: (chunk) => imports.uploadChunk(chunk),
    finishImport: ({ jobId }) => imports.finishUpload(jobId),
  };
}
