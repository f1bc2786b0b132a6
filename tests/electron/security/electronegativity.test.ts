/**
 * Electronegativity on the compiled main, preload and worker code (dist/electron, built by
 * `npm test` before the unit tests): no finding of medium or higher severity at firm or
 * higher confidence unless listed, with its reason, in electronegativity-suppressions.json.
 * A second scan of a deliberately unsafe main file shows the scanner really reads the code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSerious, scanSources, type EngResult } from './electronegativity';
import suppressions from './electronegativity-suppressions.json';

const DIST = path.resolve(__dirname, '../../../dist/electron');
const BUNDLES = ['main', 'preload', 'exportWorker', 'importWorker'] as const;
const ELECTRON_VERSION = (JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
const EXCLUDED = suppressions.excludedChecks.map((entry) => entry.check);

const suppressed = (issue: EngResult['issues'][number]) => suppressions.findings.some((entry) => entry.id === issue.id && entry.file === issue.file);
const describeIssue = (issue: EngResult['issues'][number]) => `${issue.id} ${issue.severity}/${issue.confidence} ${issue.file}:${issue.line} ${issue.sample}`;

describe('Electronegativity on dist/electron', () => {
  let result: EngResult;

  beforeAll(async () => {
    const missing = BUNDLES.filter((name) => !fs.existsSync(path.join(DIST, `${name}.cjs`)));
    if (missing.length > 0) throw new Error(`dist/electron lacks ${missing.join(', ')}: build first (node scripts/build.mjs)`);
    const sources = Object.fromEntries(BUNDLES.map((name) => [name, fs.readFileSync(path.join(DIST, `${name}.cjs`), 'utf8')]));
    result = await scanSources(sources, { electronVersion: ELECTRON_VERSION, excludeChecks: EXCLUDED });
  }, 180_000);

  it('scans main, preload and the export and import workers without a parse error', () => {
    console.log(`[electronegativity] ${result.atomicChecks} atomic and ${result.globalChecks} global checks on ${result.files.join(', ')}: ${result.issues.length} findings, ${result.issues.filter(isSerious).length} medium+ at firm+`);
    for (const issue of result.issues) console.log(`[electronegativity]   ${describeIssue(issue)}`);
    expect(result.errors.filter((error) => !error.tolerable)).toEqual([]);
    expect(result.atomicChecks).toBeGreaterThan(30);
  });

  it('finds nothing of medium or higher severity at firm or higher confidence that is not suppressed with a reason', () => {
    expect(result.issues.filter(isSerious).filter((issue) => !suppressed(issue)).map(describeIssue)).toEqual([]);
  });

  it('has no stale suppression: each one still matches a finding, and each says why', () => {
    for (const entry of [...suppressions.findings, ...suppressions.excludedChecks]) expect(entry.reason.length, JSON.stringify(entry)).toBeGreaterThan(40);
    expect(suppressions.findings.filter((entry) => !result.issues.some((issue) => issue.id === entry.id && issue.file === entry.file))).toEqual([]);
  });

  it('sees the unsafe settings it exists to catch (the scan is not blind)', async () => {
    const unsafe = `const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false, allowRunningInsecureContent: true } });
  win.loadURL('http://example.com/');
});`;
    const found = await scanSources({ main: unsafe }, { electronVersion: ELECTRON_VERSION, excludeChecks: EXCLUDED });
    const ids = new Set(found.issues.filter(isSerious).map((issue) => issue.id));
    console.log(`[electronegativity] unsafe sample: ${[...ids].join(', ')}`);
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'INSECURE_CONTENT_JS_CHECK', 'HTTP_RESOURCES_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']) expect(ids, id).toContain(id);
  }, 120_000);
});
