import { useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../../../story/analysis/types';
import { afterTypingPause } from '../../hooks/typingPause';
import type { AnalysisReply, AnalysisRequest, DraftMentions } from './analysisProtocol';

export interface DraftAnalysis {
  text: string;
  suggestions: Suggestion[];
  mentions: DraftMentions;
}

/** The shortest pause in typing after which the draft is read again. */
const MIN_PAUSE_MS = 400;
/** The longest: however slow a reading, one follows a pause this long. */
const MAX_PAUSE_MS = 4000;

/** Where the reading stands, for the pane's `data-analysis` (tests and benchmarks wait for "idle"). */
export type AnalysisState = 'idle' | 'waiting' | 'running';

/**
 * The suggesters' reading of the live draft, in a worker, once per pause in typing. One reading at a
 * time, of the latest text: a draft changed during a reading is read once it is done, never each
 * version in turn (a 20,000-word story takes the worker seconds, and readings queued behind one
 * another kept a core busy all the while the writer typed). The pause waited for is twice as long as
 * the last reading took (between 0.4 and 4 s), counted from the draft's last change and from the
 * writer's last key, so a long story is read when the writer stops, not between the live draft's
 * updates while the writer types (at least one a second).
 */
export function useDraftAnalysis(text: string | undefined, date: string | undefined): { analysis: DraftAnalysis | undefined; error: string | undefined; state: AnalysisState } {
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);
  /** The request in flight (its reply's offsets refer to its text), if any. */
  const inFlight = useRef<{ id: number; text: string; startedAt: number } | undefined>(undefined);
  /** Posts the newest request once the one in flight has answered. */
  const next = useRef<(() => void) | undefined>(undefined);
  const pause = useRef(MIN_PAUSE_MS);
  const waiting = useRef(false);
  const [analysis, setAnalysis] = useState<DraftAnalysis | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [state, setState] = useState<AnalysisState>('idle');
  const showState = () => setState(inFlight.current ? 'running' : waiting.current || next.current ? 'waiting' : 'idle');

  useEffect(() => {
    const instance = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
    worker.current = instance;
    instance.addEventListener('message', (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      const sent = inFlight.current;
      inFlight.current = undefined;
      if (sent) pause.current = Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, 2 * (performance.now() - sent.startedAt)));
      if (sent && reply.id === latest.current) {
        if ('error' in reply) setError(reply.error);
        else {
          setError(undefined);
          setAnalysis({ text: sent.text, suggestions: reply.suggestions, mentions: reply.mentions });
        }
      }
      const post = next.current;
      next.current = undefined;
      post?.();
      showState();
    });
    return () => {
      instance.terminate();
      worker.current = undefined;
      inFlight.current = undefined;
      next.current = undefined;
    };
  }, []);

  useEffect(() => {
    const instance = worker.current;
    if (!instance || text === undefined) return;
    const id = ++latest.current;
    const post = () => {
      inFlight.current = { id, text, startedAt: performance.now() };
      const request: AnalysisRequest = { id, text, ...(date ? { date } : {}) };
      instance.postMessage(request, []);
    };
    waiting.current = true;
    showState();
    // Counted from the writer's last key too: the live draft changes at least once a second while the writer types, and a reading shorter than half a second would otherwise run between those changes, on a core the typing needs.
    const cancel = afterTypingPause(
      () => {
        waiting.current = false;
        if (inFlight.current) next.current = post;
        else post();
        showState();
      },
      pause.current,
      pause.current,
      Infinity,
    );
    return () => {
      cancel();
      waiting.current = false;
      next.current = undefined;
    };
  }, [text, date]);

  return { analysis, error, state };
}
