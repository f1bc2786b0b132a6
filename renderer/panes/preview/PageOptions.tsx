import { useState } from 'react';
import type { Settings } from '../../../story/settings';
import { useApi } from '../../api/TransportContext';
import { usePutSettings } from '../../state/settings';

/** The house choices the published page shows: how "Read next" times read, and the comment prompt. */
export function PageOptions({ settings }: { settings: Settings }) {
  const api = useApi();
  const putSettings = usePutSettings();
  const [prompt, setPrompt] = useState(settings.commentPrompt);
  const [problem, setProblem] = useState<string>();
  const save = (changes: Partial<Settings>) =>
    api.updateSettings(changes).then(
      (saved) => {
        putSettings(saved);
        setProblem(undefined);
      },
      (error: Error) => setProblem(error.message),
    );
  return (
    <div className="preview-options" role="group" aria-label="Page options">
      <label>
        “Read next” times{' '}
        <select value={settings.teaserTimeStyle} onChange={(event) => void save({ teaserTimeStyle: event.target.value as Settings['teaserTimeStyle'] })}>
          <option value="clock">Clock time (06:00)</option>
          <option value="relative">How long ago (2 hours ago)</option>
        </select>
      </label>
      <label>
        Comment prompt{' '}
        <input
          type="text"
          value={prompt}
          maxLength={300}
          placeholder="None (e.g. What is your opinion on this topic?)"
          onChange={(event) => setPrompt(event.target.value)}
          onBlur={() => prompt !== settings.commentPrompt && void save({ commentPrompt: prompt.trim() })}
          onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
        />
      </label>
      {problem && (
        <p className="export-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
