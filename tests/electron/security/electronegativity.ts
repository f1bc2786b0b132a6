/**
 * Runs Electronegativity (@doyensec/electronegativity) programmatically, offline, on compiled
 * code. Two adjustments, neither of which changes what is checked:
 *  - its TypeScript parser (typescript-estree 4) needs the TypeScript API of its own era; the
 *    project's TypeScript 7 has none, so that parser's `require('typescript')` gets the copy
 *    Electronegativity ships with;
 *  - its `got` (translations, Electron's release list) gets ./offlineGot.cjs, which fails at once.
 * The bundles are copied as .js (it skips .cjs) and lowered to ES2019 by esbuild (its scope
 * analysis does not know class private fields), so every line of main and preload is read.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from 'esbuild';

const require = createRequire(import.meta.url);

export interface EngIssue {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  /** Severity and confidence as numbers: HIGH 3, MEDIUM 2, LOW 1, INFORMATIONAL 0; CERTAIN 2, FIRM 1, TENTATIVE 0. */
  severityValue: number;
  confidenceValue: number;
  sample: string;
  manualReview: boolean;
}

export interface EngResult {
  atomicChecks: number;
  globalChecks: number;
  files: string[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: EngIssue[];
}

let hooked = false;

function hookResolution(): void {
  if (hooked) return;
  hooked = true;
  const engDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const ownTypescript = require.resolve('typescript', { paths: [engDir] });
  const offlineGot = path.join(__dirname, 'offlineGot.cjs');
  const Module = require('node:module') as { _resolveFilename: (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string };
  // Node's own resolver hook (module.registerHooks needs Node 22.15; we run on Node 20).
  // oxlint-disable-next-line no-underscore-dangle
  const resolve = Module._resolveFilename;
  // oxlint-disable-next-line no-underscore-dangle
  Module._resolveFilename = function (request, parent, ...rest) {
    const from = parent?.filename ?? '';
    if (request === 'typescript' && /[\\/](?:@typescript-eslint[\\/]typescript-estree|tsutils)[\\/]/.test(from)) return ownTypescript;
    if (request === 'got' && from.includes(`${path.sep}@doyensec${path.sep}electronegativity${path.sep}`)) return offlineGot;
    return resolve.call(this, request, parent, ...rest);
  };
}

/** Copy `files` (name → source) into a fresh folder as lowered .js and scan it. */
export async function scanSources(files: Record<string, string>, options: { electronVersion: string; excludeChecks?: readonly string[] }): Promise<EngResult> {
  hookResolution();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-electronegativity-'));
  try {
    for (const [name, source] of Object.entries(files)) {
      const { code } = transformSync(source, { target: 'es2019', format: 'cjs', loader: 'js', legalComments: 'none' });
      fs.writeFileSync(path.join(dir, `${name}.js`), code);
    }
    type Run = (options: object, forCli: boolean) => Promise<{ atomicChecks: number; globalChecks: number; errors: EngResult['errors']; issues: Array<Record<string, never>> }>;
    const loaded = require('@doyensec/electronegativity') as Run | { default: Run };
    const run = typeof loaded === 'function' ? loaded : loaded.default;
    const result = await run({ input: dir, customScan: [], excludeFromScan: [...(options.excludeChecks ?? [])], electronVersionOverride: options.electronVersion, isRelative: true }, false);
    return {
      atomicChecks: result.atomicChecks,
      globalChecks: result.globalChecks,
      files: Object.keys(files).map((name) => `${name}.js`),
      errors: result.errors.map((error) => ({ ...error, file: path.basename(error.file) })),
      issues: result.issues.map((issue: Record<string, never>) => {
        const { id, file, location, severity, confidence, sample, manualReview } = issue as unknown as { id: string; file: string; location: { line: number }; severity: { name: string; value: number }; confidence: { name: string; value: number }; sample?: string; manualReview?: boolean };
        return { id, file: file === 'N/A' ? 'N/A' : path.basename(file), line: location.line, severity: severity.name, confidence: confidence.name, severityValue: severity.value, confidenceValue: confidence.value, sample: (sample ?? '').slice(0, 160), manualReview: Boolean(manualReview) };
      }),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Medium or higher severity at firm or higher confidence: what the test does not accept. */
export function isSerious(issue: EngIssue): boolean {
  return issue.severityValue >= 2 && issue.confidenceValue >= 1;
}
