import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '../../../story/formats/registry';
import type { StoryStatus } from '../../../story/model';

/** What the user chose in the export dialog; remembered between exports. */
export interface ExportChoices {
  scope: 'story' | 'selection' | 'status' | 'query' | 'all';
  status: StoryStatus;
  query: string;
  formats: ExportFormat[];
  final: boolean;
  destination: 'folder' | 'download';
  folder: string;
}

const KEY = 'copydesk.export.choices';

export const FORMAT_GROUPS: ReadonlyArray<{ title: string; formats: ExportFormat[] }> = [
  { title: 'For readers', formats: ['html', 'pdf', 'docx', 'md'] },
  { title: 'For newsrooms', formats: ['ninjs', 'newsml', 'txt'] },
  { title: 'Fact-check report', formats: ['factcheck-csv', 'factcheck-json', 'claimreview'] },
];

export function loadChoices(): ExportChoices {
  const defaults: ExportChoices = { scope: 'story', status: 'ready', query: '', formats: ['html', 'md'], final: false, destination: 'folder', folder: '' };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ExportChoices>;
    const formats = (saved.formats ?? defaults.formats).filter((format): format is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(format));
    return { ...defaults, ...saved, scope: 'story', formats: formats.length > 0 ? formats : defaults.formats };
  } catch {
    return defaults;
  }
}

export function saveChoices(choices: ExportChoices): void {
  localStorage.setItem(KEY, JSON.stringify(choices));
}

export const formatLabel = (format: ExportFormat): string => FORMAT_INFO[format].label;
