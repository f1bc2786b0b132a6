import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventPayload, ExportResult, MethodInput } from '../../../electron/api/contract';
import { useTransport } from '../../api/TransportContext';

export type ExportJobState =
  | { phase: 'idle' }
  | { phase: 'running'; jobId: string; done: number; total: number; label: string }
  | { phase: 'finished'; result: ExportResult }
  | { phase: 'error'; message: string };

/** Start an export job, follow its progress events, cancel it, and collect its result. */
export function useExportJob() {
  const transport = useTransport();
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  const events = useRef(new Map<string, EventPayload<'jobProgress'>>());
  const current = useRef<string | undefined>(undefined);

  const collect = useCallback(
    async (jobId: string) => {
      try {
        const result = await transport.api.getExportResult({ jobId });
        if (current.current === jobId) setState({ phase: 'finished', result });
      } catch (error) {
        if (current.current === jobId) setState({ phase: 'error', message: (error as Error).message });
      }
    },
    [transport],
  );

  useEffect(
    () =>
      transport.on.jobProgress((event) => {
        events.current.set(event.jobId, event);
        if (event.jobId !== current.current) return;
        if (event.state === 'running') setState({ phase: 'running', jobId: event.jobId, done: event.done, total: event.total, label: event.label });
        else void collect(event.jobId);
      }),
    [transport, collect],
  );

  const start = useCallback(
    async (request: MethodInput<'startExport'>) => {
      try {
        const { jobId, total } = await transport.api.startExport(request);
        current.current = jobId;
        setState({ phase: 'running', jobId, done: 0, total, label: 'Exporting' });
        // The job may have finished before this answer arrived.
        const seen = events.current.get(jobId);
        if (seen && seen.state !== 'running') void collect(jobId);
      } catch (error) {
        setState({ phase: 'error', message: (error as Error).message });
      }
    },
    [transport, collect],
  );

  const cancel = useCallback(async () => {
    if (current.current) await transport.api.cancelJob({ jobId: current.current });
  }, [transport]);

  const reset = useCallback(() => {
    current.current = undefined;
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
