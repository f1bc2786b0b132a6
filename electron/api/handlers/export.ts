import type { Handlers } from '../dispatch';
import type { ExportService } from '../../services/export/exportService';

type ExportMethods = 'getExportCapabilities' | 'planExport' | 'startExport' | 'getExportResult' | 'chooseExportFolder' | 'listExportFolders' | 'createExportFolder' | 'renderPrintView';

export function exportHandlers(exports: ExportService): Pick<Handlers, ExportMethods> {
  return {
    getExportCapabilities: () => exports.capabilities(),
    planExport: (request) => exports.plan(request),
    startExport: (request) => exports.start(request),
    getExportResult: ({ jobId }) => exports.result(jobId),
    chooseExportFolder: () => exports.chooseFolder(),
    listExportFolders: ({ path }) => exports.listFolders(path),
    createExportFolder: ({ parent, name }) => exports.createFolder(parent, name),
    renderPrintView: ({ id }) => exports.printView(id),
  };
}
