import { describe, expect, it } from 'vitest';
import { exportBaseName, exportFileName, safeFileName } from '../../../story/formats/fileNames';
import { richStory } from '../../helpers/exportSamples';

describe('export file names', () => {
  it('fills the pattern from the story and adds the format extension', () => {
    const story = richStory();
    expect(exportFileName('{slug}', story, 'html')).toBe('harbour-ferry.html');
    expect(exportFileName('{date}-{slug}', story, 'ninjs')).toBe('2026-11-26-harbour-ferry.ninjs.json');
    expect(exportFileName('{slug}-{id}', story, 'docx')).toBe('harbour-ferry-0b9d2c4e.docx');
    expect(exportFileName('{slug}', story, 'factcheck-csv')).toBe('harbour-ferry.factcheck.csv');
  });

  it('makes a name from the headline when there is no slug', () => {
    expect(exportBaseName('{slug}', richStory({ slug: '', headline: 'Zürich: Ferry «trial» approved!' }))).toBe('zurich-ferry-trial-approved');
    expect(exportBaseName('{slug}', richStory({ slug: '', headline: '' }))).toBe('story');
  });

  it('never lets a name leave its folder or break a file system', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('a\\b:c*d?e"f<g>h|i\u0000j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(safeFileName('CON')).toBe('CON-story');
    expect(safeFileName('  .hidden. ')).toBe('hidden');
    expect([...safeFileName('ä'.repeat(500))]).toHaveLength(120);
  });
});
