import fs from 'node:fs';
import path from 'node:path';

/** ../shared/testdata, read in place (never copied into the project). */
export const SHARED_TESTDATA = path.resolve(__dirname, '../../../shared/testdata');
export const WIRE_STORY = path.resolve(__dirname, '../../../shared/fixtures/wire-story.txt');

/** The folder when it exists, else undefined (tests skip with a message naming it). */
export function sharedFolder(relative: string): string | undefined {
  const folder = path.join(SHARED_TESTDATA, relative);
  return fs.existsSync(folder) ? folder : undefined;
}

export function skipMessage(relative: string): string {
  return `skipped: ../shared/testdata/${relative} is absent`;
}
