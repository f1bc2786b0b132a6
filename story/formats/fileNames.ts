/**
 * Export file names: the house pattern (setting `exportFileNamePattern`, e.g.
 * "{slug}" or "{date}-{slug}") filled in, made safe for every file system, plus
 * the format's extension.
 */
import { FORMAT_INFO, type ExportFormat } from './registry';
import { slugOf, storyDate } from './storyText';
import type { ExportStory } from './types';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_BASE_LENGTH = 120;

/** The base name (no extension) of a story's export files. */
export function exportBaseName(pattern: string, story: Pick<ExportStory, 'slug' | 'headline' | 'id' | 'dateline' | 'createdAt'>, format?: ExportFormat): string {
  const filled = pattern.replace(/\{(slug|date|id|format)\}/g, (_match, token: string) => {
    if (token === 'slug') return slugOf(story);
    if (token === 'date') return storyDate(story);
    if (token === 'id') return story.id.slice(0, 8);
    return format ?? '';
  });
  return safeFileName(filled) || slugOf(story);
}

export function exportFileName(pattern: string, story: Parameters<typeof exportBaseName>[1], format: ExportFormat): string {
  return `${exportBaseName(pattern, story, format)}${FORMAT_INFO[format].extension}`;
}

/** No folders, no characters a file system refuses, no reserved device names, not too long. */
export function safeFileName(name: string): string {
  let safe = name
    .normalize('NFC')
    // oxlint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  if (WINDOWS_RESERVED.test(safe)) safe = `${safe}-story`;
  return [...safe].slice(0, MAX_BASE_LENGTH).join('').replace(/[\s.]+$/g, '');
}
