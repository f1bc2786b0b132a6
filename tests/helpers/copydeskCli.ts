import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';

export const ROOT = path.resolve(__dirname, '../..');
/** The real `copydesk` bin, as `npx copydesk` runs it. */
export const BIN = path.join(ROOT, 'bin', 'copydesk.cjs');

/** Build the Node bundle (once per file, in beforeAll), so each command runs the real CLI. */
export function buildCli(): void {
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--node-only', '--quiet']);
  expect(built.status, built.stderr?.toString()).toBe(0);
}

/** Run one command with `dataDir` as the application-data folder; its exit code and output. */
export function runCopydesk(dataDir: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: dataDir } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
