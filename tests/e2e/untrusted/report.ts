import fs from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import type { ProbeCounts } from './probe';

export interface PathResult extends ProbeCounts {
  /** The path the vectors went through ("paste", "DOCX import", "export: ninjs"...). */
  path: string;
  /** How many vectors went through it. */
  vectors: number;
  /** Findings of the active-content checker on what the path kept or wrote. */
  findings: number;
  /** Inputs the path refused outright (an importer saying "no text"): nothing kept, nothing run. */
  refused?: number;
}

const REPORT_DIR = path.resolve(__dirname, '../../../test-results/untrusted-content');

/** One line per path in the test output and a JSON file per path (for the closing report and `npm run soak`). */
export function reportPath(result: PathResult): void {
  const refused = result.refused ? `, ${result.refused} refused` : '';
  const inert = result.inert ? ` (${result.inert} handler attributes refused by CSP while sanitizing, in inert documents)` : '';
  const line = `${result.path}: ${result.vectors} vectors${refused} · ${result.executions} executions · ${result.requests} requests · ${result.navigations} navigations · ${result.findings} checker findings${inert}`;
  console.log(`[untrusted content] ${line}`);
  test.info().annotations.push({ type: 'untrusted content', description: line });
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  const file = result.path.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  fs.writeFileSync(path.join(REPORT_DIR, `${file}.json`), `${JSON.stringify({ ...result, at: new Date().toISOString() }, null, 2)}\n`);
}
