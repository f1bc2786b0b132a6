import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExportCapabilities, ExportPlan, MethodInput } from '../../../electron/api/contract';
import { FORMAT_INFO, type ExportFormat } from '../../../story/formats/registry';
import { STORY_STATUSES } from '../../../story/model';
import { useApi } from '../../api/TransportContext';
import { usePutSettings } from '../../state/settings';
import { openPrintView, offerDownload } from './download';
import { FORMAT_GROUPS, loadChoices, saveChoices, type ExportChoices } from './exportChoices';
import { ExportProgress } from './ExportProgress';
import { HomeFolderPicker } from './HomeFolderPicker';
import { useExportJob } from './useExportJob';
import './export.css';

interface Props {
  /** The open story (exported by default), if any. */
  storyId: string | undefined;
  storyStatus?: string;
  /** Stories chosen in the library, when several are. */
  selection?: string[];
  /** Save the open story first, so the export has what is on screen. */
  beforeExport(): Promise<void>;
  onClose(): void;
}

type Step = { kind: 'choose' } | { kind: 'pick-folder' } | { kind: 'confirm'; plan: ExportPlan; request: MethodInput<'startExport'> } | { kind: 'job' };

/** Export one story, a selection, or every story of a filter: formats, destination, gate, conflicts, progress. */
export function ExportDialog({ storyId, storyStatus, selection, beforeExport, onClose }: Props) {
  const api = useApi();
  const putSettings = usePutSettings();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<ExportChoices>(() => {
    const loaded = loadChoices();
    return { ...loaded, scope: selection && selection.length > 1 ? 'selection' : storyId ? 'story' : 'status', final: storyStatus === 'ready' || storyStatus === 'published' };
  });
  const [capabilities, setCapabilities] = useState<ExportCapabilities>();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [pattern, setPattern] = useState<string>();
  const job = useExportJob();

  useEffect(() => {
    dialogRef.current?.showModal();
    void api.getExportCapabilities({}).then(setCapabilities, (error: Error) => setProblem(error.message));
    void api.getSettings({}).then((settings) => setPattern(settings.exportFileNamePattern));
  }, [api]);

  const update = (changes: Partial<ExportChoices>) =>
    setChoices((previous) => {
      const next = { ...previous, ...changes };
      saveChoices(next);
      return next;
    });

  const browserMode = capabilities !== undefined && !capabilities.nativeFolderDialog;
  const singleStory = choices.scope === 'story';
  // PDF in browser mode is the browser's own print: one story at a time, not written by us.
  const pdfByBrowser = browserMode && !capabilities.pdf;
  const serverFormats = useMemo(() => choices.formats.filter((format) => !(format === 'pdf' && pdfByBrowser)), [choices.formats, pdfByBrowser]);
  const destination = choices.destination === 'download' && browserMode ? { kind: 'download' as const } : { kind: 'folder' as const, path: choices.folder };

  const scope = (): MethodInput<'startExport'>['scope'] => {
    if (choices.scope === 'story' && storyId) return { storyIds: [storyId] };
    if (choices.scope === 'selection' && selection?.length) return { storyIds: selection };
    if (choices.scope === 'query') return { query: choices.query };
    if (choices.scope === 'all') return { all: true };
    return { status: choices.status };
  };

  const toggleFormat = (format: ExportFormat) => update({ formats: choices.formats.includes(format) ? choices.formats.filter((f) => f !== format) : [...choices.formats, format] });

  const chooseFolder = async () => {
    if (browserMode) return setStep({ kind: 'pick-folder' });
    try {
      const chosen = await api.chooseExportFolder({});
      if (chosen) update({ folder: chosen.path, destination: 'folder' });
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const savePattern = async () => {
    if (pattern === undefined) return;
    try {
      putSettings(await api.updateSettings({ exportFileNamePattern: pattern }));
      setProblem(undefined);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const exportNow = async () => {
    setProblem(undefined);
    if (choices.formats.length === 0) return setProblem('Choose at least one format.');
    if (destination.kind === 'folder' && !destination.path) return setProblem('Choose a folder to export to.');
    if (choices.scope === 'query' && !choices.query.trim()) return setProblem('Type the words to find.');
    setBusy(true);
    try {
      await beforeExport();
      if (choices.formats.includes('pdf') && pdfByBrowser) {
        if (!singleStory || !storyId) return setProblem('In the browser, PDF is made one story at a time: export the open story, or use the desktop app for a batch.');
        const view = await api.renderPrintView({ id: storyId });
        if (!openPrintView(view.html)) return setProblem('The print view could not open (a pop-up blocker?). Allow pop-ups for Copydesk and try again.');
        if (serverFormats.length === 0) return close();
      }
      const request: MethodInput<'startExport'> = { scope: scope(), formats: serverFormats, destination, final: choices.final };
      const plan = await api.planExport({ scope: request.scope, formats: request.formats, destination: request.destination, final: request.final });
      if (plan.stories.length === 0) return setProblem('No story matches; nothing to export.');
      if ((choices.final && plan.blocked > 0) || plan.existing > 0) {
        setOverrideReason('');
        return setStep({ kind: 'confirm', plan, request });
      }
      run(request);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const run = (request: MethodInput<'startExport'>) => {
    setStep({ kind: 'job' });
    void job.start(request);
  };

  // A download is offered as soon as the job has it.
  const finished = job.state.phase === 'finished' ? job.state.result : undefined;
  useEffect(() => {
    if (finished?.download) offerDownload(finished.download);
  }, [finished]);

  const close = () => {
    dialogRef.current?.close();
    onClose();
  };

  const running = job.state.phase === 'running';
  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby="export-title"
      onCancel={(event) => {
        event.preventDefault();
        if (!running) close();
      }}
    >
      <h2 id="export-title">Export</h2>
      {step.kind === 'pick-folder' && (
        <HomeFolderPicker
          initialPath={choices.folder || undefined}
          onCancel={() => setStep({ kind: 'choose' })}
          onChoose={(path) => {
            update({ folder: path, destination: 'folder' });
            setStep({ kind: 'choose' });
          }}
        />
      )}

      {step.kind === 'choose' && (
        <form
          className="export-form"
          onSubmit={(event) => {
            event.preventDefault();
            void exportNow();
          }}
        >
          <fieldset className="export-scope">
            <legend>Stories</legend>
            {storyId && (
              <label>
                <input type="radio" name="scope" checked={choices.scope === 'story'} onChange={() => update({ scope: 'story' })} /> The open story
              </label>
            )}
            {selection && selection.length > 1 && (
              <label>
                <input type="radio" name="scope" checked={choices.scope === 'selection'} onChange={() => update({ scope: 'selection' })} /> The {selection.length} selected stories
              </label>
            )}
            <label>
              <input type="radio" name="scope" checked={choices.scope === 'status'} onChange={() => update({ scope: 'status' })} /> Every story that is{' '}
              <select aria-label="Status" value={choices.status} onChange={(event) => update({ scope: 'status', status: event.target.value as ExportChoices['status'] })}>
                {STORY_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {status}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input type="radio" name="scope" checked={choices.scope === 'query'} onChange={() => update({ scope: 'query' })} /> Stories with the words{' '}
              <input type="search" aria-label="Words to find" value={choices.query} onChange={(event) => update({ scope: 'query', query: event.target.value })} />
            </label>
            <label>
              <input type="radio" name="scope" checked={choices.scope === 'all'} onChange={() => update({ scope: 'all' })} /> Every story in the library
            </label>
          </fieldset>

          <fieldset className="export-formats">
            <legend>Formats</legend>
            {FORMAT_GROUPS.map((group) => (
              <div key={group.title} className="format-group">
                <h3>{group.title}</h3>
                {group.formats.map((format) => (
                  <label key={format} className="format-option" title={FORMAT_INFO[format].description}>
                    <input type="checkbox" checked={choices.formats.includes(format)} onChange={() => toggleFormat(format)} />
                    <span>
                      {FORMAT_INFO[format].label}
                      <small>{format === 'pdf' && pdfByBrowser ? 'Opens the print view: choose “Save as PDF”' : FORMAT_INFO[format].description}</small>
                    </span>
                  </label>
                ))}
              </div>
            ))}
            <p className="hint">Fact-check reports are written for stories that have tagged facts.</p>
          </fieldset>

          <fieldset className="export-destination">
            <legend>Destination</legend>
            {browserMode && (
              <label>
                <input type="radio" name="destination" checked={choices.destination === 'download'} onChange={() => update({ destination: 'download' })} /> Download
                (several files come as one .zip)
              </label>
            )}
            <label className="destination-folder">
              {browserMode && <input type="radio" name="destination" checked={choices.destination === 'folder'} onChange={() => update({ destination: 'folder' })} />}
              <span className="folder-path" title={choices.folder}>
                {choices.folder || 'No folder chosen'}
              </span>
              <button type="button" className="button" onClick={() => void chooseFolder()}>
                Choose folder…
              </button>
            </label>
            <label className="pattern">
              File names{' '}
              <input
                type="text"
                aria-label="File name pattern"
                value={pattern ?? ''}
                onChange={(event) => setPattern(event.target.value)}
                onBlur={() => void savePattern()}
              />{' '}
              <small>{'{slug} {date} {id}'} · never overwritten without asking</small>
            </label>
          </fieldset>

          <label className="export-final">
            <input type="checkbox" checked={choices.final} onChange={(event) => update({ final: event.target.checked })} /> Final export, for publication{' '}
            <small>(checks the fact gate: TKs and unchecked facts)</small>
          </label>

          {problem && (
            <p className="export-error" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="button primary" disabled={busy || !capabilities}>
              {busy ? 'Checking…' : 'Export'}
            </button>
          </div>
        </form>
      )}

      {step.kind === 'confirm' && (
        <ConfirmStep
          plan={step.plan}
          final={choices.final}
          reason={overrideReason}
          onReason={setOverrideReason}
          onBack={() => setStep({ kind: 'choose' })}
          onRun={(onExisting) =>
            run({ ...step.request, onExisting, ...(choices.final && step.plan.blocked > 0 ? { override: { reason: overrideReason.trim() } } : {}) })
          }
        />
      )}

      {step.kind === 'job' && <ExportProgress state={job.state} onCancel={() => void job.cancel()} onClose={close} onAgain={() => (job.reset(), setStep({ kind: 'choose' }))} />}
    </dialog>
  );
}

function ConfirmStep({
  plan,
  final,
  reason,
  onReason,
  onBack,
  onRun,
}: {
  plan: ExportPlan;
  final: boolean;
  reason: string;
  onReason(reason: string): void;
  onBack(): void;
  onRun(onExisting: 'fail' | 'replace' | 'keep-both'): void;
}) {
  const blocked = final ? plan.stories.filter((story) => !story.gate.clear) : [];
  const existing = plan.stories.flatMap((story) => story.files.filter((file) => file.exists).map((file) => file.name));
  const needsReason = blocked.length > 0;
  const reasonOk = !needsReason || reason.trim().length >= 3;
  return (
    <div className="export-confirm">
      {blocked.length > 0 && (
        <section className="export-blockers" aria-labelledby="blockers-title">
          <h3 id="blockers-title">The fact gate holds back {blocked.length === 1 ? 'this story' : `${blocked.length} stories`}</h3>
          <ul>
            {blocked.slice(0, 20).map((story) => (
              <li key={story.id}>
                <strong>{story.headline}</strong>: {story.gate.summary}
                <ul>
                  {story.gate.blockers.slice(0, 8).map((blocker) =>
                    blocker.type === 'tk' ? (
                      <li key={`tk-${blocker.index}`}>
                        TK{blocker.note ? ` (${blocker.note})` : ''}: “…{blocker.context}…”
                      </li>
                    ) : (
                      <li key={blocker.factId}>
                        {blocker.reason} {blocker.kind}: “{blocker.text.slice(0, 80)}”
                      </li>
                    ),
                  )}
                  {story.gate.blockers.length > 8 && <li className="hint">and {story.gate.blockers.length - 8} more (the facts pane lists them all)</li>}
                </ul>
              </li>
            ))}
            {blocked.length > 20 && <li className="hint">and {blocked.length - 20} more stories</li>}
          </ul>
          <label className="override-reason">
            To export anyway, say why (kept in the story’s history):
            <textarea value={reason} onChange={(event) => onReason(event.target.value)} rows={2} aria-label="Reason for the override" />
          </label>
        </section>
      )}
      {existing.length > 0 && (
        <section className="export-existing" aria-labelledby="existing-title">
          <h3 id="existing-title">{existing.length === 1 ? 'A file already exists' : `${existing.length} files already exist`} in {plan.folder}</h3>
          <ul className="file-list">
            {existing.slice(0, 12).map((name) => (
              <li key={name}>{name}</li>
            ))}
            {existing.length > 12 && <li>… and {existing.length - 12} more</li>}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        {existing.length > 0 ? (
          <>
            <button type="button" className="button" disabled={!reasonOk} onClick={() => onRun('keep-both')}>
              Keep both
            </button>
            <button type="button" className="button danger" disabled={!reasonOk} onClick={() => onRun('replace')}>
              Replace
            </button>
          </>
        ) : (
          <button type="button" className="button primary" disabled={!reasonOk} onClick={() => onRun('fail')}>
            Export anyway
          </button>
        )}
      </div>
    </div>
  );
}
