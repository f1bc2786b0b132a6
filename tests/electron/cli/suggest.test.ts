import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'copydesk.cjs');

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--node-only', '--quiet']);
  expect(built.status, built.stderr?.toString()).toBe(0);
});
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function copydesk(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: temp.dir } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('copydesk suggest', () => {
  it('prints suggestions as JSON with character offsets in the file and quote speakers as written and resolved', () => {
    // An emoji outside the Basic Multilingual Plane first: offsets count characters (code points), not UTF-16 units.
    const text = '🚢 Harbour Minister Ines Okafor spoke on Thursday.\n“We listened to the residents,” she said of the six-month trial.\n';
    const file = path.join(temp.dir, 'story.txt');
    fs.writeFileSync(file, text);
    const result = copydesk('suggest', file, '--date', '2026-11-26', '--json');
    expect(result.code, result.err).toBe(0);
    const suggestions = JSON.parse(result.out) as Array<{ kind: string; text: string; start: number; end: number; speaker?: { asWritten: string; resolved: string }; resolvedDate?: string }>;
    const chars = [...text];
    for (const s of suggestions) expect(chars.slice(s.start, s.end).join('')).toBe(s.text);
    expect(suggestions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'person', text: 'Harbour Minister Ines Okafor', start: 2 }),
        expect.objectContaining({ kind: 'date', text: 'Thursday', resolvedDate: '2026-11-26' }),
        expect.objectContaining({ kind: 'quote', text: '“We listened to the residents,”', speaker: { asWritten: 'she', resolved: 'Ines Okafor' } }),
        expect.objectContaining({ kind: 'figure', text: 'six-month trial' }),
      ]),
    );
  });

  it('explains a bad date, an unknown kind and a missing file', () => {
    const file = path.join(temp.dir, 'story.txt');
    fs.writeFileSync(file, 'Text.');
    expect(copydesk('suggest', file, '--date', 'Thursday')).toMatchObject({ code: 2, err: expect.stringContaining('--date must be a date') });
    expect(copydesk('suggest', file, '--kinds', 'quote,rumour')).toMatchObject({ code: 2, err: expect.stringContaining('unknown kind "rumour"') });
    expect(copydesk('suggest', path.join(temp.dir, 'missing.txt'))).toMatchObject({ code: 1, err: expect.stringContaining('ENOENT') });
    expect(copydesk('suggest')).toMatchObject({ code: 2 });
  });
});
