// Runs the suggesters off the renderer's main thread: a long story takes compromise a noticeable moment.
import { analyseStoryText } from '../../../story/analysis/suggest';
import { mentionsFromAnalysis } from '../../../story/analysis/mentions';
import type { AnalysisReply, AnalysisRequest } from './analysisProtocol';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisRequest>) => void): void;
  postMessage(message: AnalysisReply, transfer: Transferable[]): void;
};

scope.addEventListener('message', (event) => {
  const { id, text, date } = event.data;
  try {
    const analysis = analyseStoryText(text, date ? { date } : {});
    const { names, quotes, figures } = mentionsFromAnalysis('', text, analysis);
    scope.postMessage({
      id,
      suggestions: analysis.suggestions,
      mentions: {
        names: names.map(({ kind, name, title }) => ({ kind, name, ...(title ? { title } : {}) })),
        quotes: quotes.map(({ words, speaker }) => ({ words, speaker })),
        figures: figures.map(({ text: figureText, context, unit }) => ({ text: figureText, context, ...(unit ? { unit } : {}) })),
      },
    }, []);
  } catch (error) {
    scope.postMessage({ id, error: (error as Error).message }, []);
  }
});
