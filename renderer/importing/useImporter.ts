import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventPayload } from '../../electron/api/contract';
import type { ImportReport } from '../../story/importReport';
import { useTransport } from '../api/TransportContext';
import { collectDropped, filesFromInput, type PickedFile } from './collectDropped';
import { uploadFiles } from './uploadFiles';

export type JobProgress = EventPayload<'jobProgress'>;

export interface Importer {
  /** Long jobs running now (imports, backups), newest last. */
  jobs: JobProgress[];
  report: ImportReport | undefined;
  error: string | undefined;
  pickFiles(): void;
  pickFolder(): void;
  importDropped(transfer: DataTransfer): void;
  importInputFiles(list: FileList): void;
  cancel(jobId: string): void;
  dismissReport(): void;
}

/** The import center's hidden file inputs (a click on them is what opens the file dialog). */
export const FILES_INPUT_ID = 'import-files-input';
export const FOLDER_INPUT_ID = 'import-folder-input';

/** Imports started here (picked or dropped files, uploaded) and elsewhere (the native File menu), with their progress and report. */
export function useImporter(): Importer {
  const { api, on, onConnection } = useTransport();
  const [jobs, setJobs] = useState<JobProgress[]>([]);
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<string>();
  const ours = useRef(new Set<string>());

  useEffect(() => {
    const offProgress = on.jobProgress((event) => {
      setJobs((current) => {
        const others = current.filter((job) => job.jobId !== event.jobId);
        return event.state === 'running' ? [...others, event] : others;
      });
    });
    // Imports started elsewhere (Electron's File menu) end with this event; ours end with finishImport.
    const offFinished = on.importFinished((finished) => {
      if (!ours.current.has(finished.jobId)) setReport(finished);
    });
    // A job's last progress event may have been sent while the connection was down (a restarted
    // server has no jobs left at all): the bars are dropped, and a job still running shows again at
    // its next progress.
    const offConnection = onConnection((state) => state === 'connected' && setJobs([]));
    return () => {
      offProgress();
      offFinished();
      offConnection();
    };
  }, [on, onConnection]);

  const upload = useCallback(
    (files: PickedFile[]) => {
      if (files.length === 0) {
        setError('There was nothing to import (hidden files are left out).');
        return;
      }
      setError(undefined);
      uploadFiles(api, files).then(
        ({ jobId, report: done }) => {
          ours.current.add(jobId);
          done.then(setReport, (failure: Error) => setError(`The import stopped: ${failure.message}`));
        },
        (failure: Error) => setError(`The import could not start: ${failure.message}`),
      );
    },
    [api],
  );

  return {
    jobs,
    report,
    error,
    pickFiles: () => document.getElementById(FILES_INPUT_ID)?.click(),
    pickFolder: () => document.getElementById(FOLDER_INPUT_ID)?.click(),
    importDropped: (transfer) => {
      collectDropped(transfer).then(upload, (failure: Error) => setError(`The dropped files could not be read: ${failure.message}`));
    },
    importInputFiles: (list) => upload(filesFromInput(list)),
    cancel: (jobId) => void api.cancelJob({ jobId }),
    dismissReport: () => {
      setReport(undefined);
      setError(undefined);
    },
  };
}
