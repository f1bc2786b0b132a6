import { useState } from 'react';
import type { Settings } from '../../../story/settings';
import { useApi } from '../../api/TransportContext';
import { usePutSettings } from '../../state/settings';

/** The house choices the published page shows: how "Read next" times read, and the comment prompt. */
export function PageOptions({ settings }: { settings: Settings }) {
  const api = useApi();
  const putSettings = usePutSettings();
  // What the writer is typing in the prompt box; until then (and once it is saved) the box shows the
  // setting as it is now, changed by another window or not, so leaving the box never saves an old one.
  const [editedPrompt, setEditedPrompt] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const save = (changes: Partial<Settings>, saved?: () => void) =>
    api.updateSettings(changes).then(
      (settingsNow) => {
        putSettings(settingsNow);
        setProblem(undefined);
        saved?.();
      },
      (error: Error) => setProblem(error.message),
    );
  const savePrompt = () => {
    if (editedPrompt === undefined) return;
    const prompt = editedPrompt.trim();
    if (prompt === settings.commentPrompt) setEditedPrompt(undefined);
    else void save({ commentPrompt: prompt }, () => setEditedPrompt(undefined));
  };
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
          value={editedPrompt ?? settings.commentPrompt}
          maxLength={300}
          placeholder="None (e.g. What is your opinion on this topic?)"
          onChange={(event) => setEditedPrompt(event.target.value)}
          onBlur={savePrompt}
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
