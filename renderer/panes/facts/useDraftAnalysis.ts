import { useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../../../story/analysis/types';
import type { AnalysisReply, AnalysisRequest, DraftMentions } from './analysisProtocol';

export interface DraftAnalysis {
  text: string;
  suggestions: Suggestion[];
  mentions: DraftMentions;
}

/** The suggesters' reading of the live draft, in a worker, at most once per pause in typing. */
export function useDraftAnalysis(text: string | undefined, date: string | undefined): { analysis: DraftAnalysis | undefined; error: string | undefined } {
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);
  /** The text of the request in flight: the reply's offsets refer to it. */
  const pendingText = useRef('');
  const [analysis, setAnalysis] = useState<DraftAnalysis | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    const instance = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
    worker.current = instance;
    const pending = pendingText;
    instance.addEventListener('message', (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      if (reply.id !== latest.current) return;
      if ('error' in reply) setError(reply.error);
      else {
        setError(undefined);
        setAnalysis({ text: pending.current, suggestions: reply.suggestions, mentions: reply.mentions });
      }
    });
    return () => {
      instance.terminate();
      worker.current = undefined;
    };
  }, []);

  useEffect(() => {
    const instance = worker.current;
    if (!instance || text === undefined) return;
    const id = ++latest.current;
    const timer = setTimeout(() => {
      pendingText.current = text;
      const request: AnalysisRequest = { id, text, ...(date ? { date } : {}) };
      instance.postMessage(request, []);
    }, 400);
    return () => clearTimeout(timer);
  }, [text, date]);

  return { analysis, error };
}
