import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/tempDir';

const ROOT = path.resolve(__dirname, '../..');

/** Probe files in a copy of the folder layout, linted with the project's own config. */
const PROBES: Record<string, { source: string; refused: string[]; allowed: string[] }> = {
  'renderer/probe.ts': {
    source: [
      "import fs from 'node:fs';",
      "import os from 'os';",
      "import { app } from 'electron';",
      "import Database from 'better-sqlite3';",
      "import { getStory } from '../db/stories';",
      "import { openCore } from '../electron/core/core';",
      "import { contract } from '../electron/api/contract';",
      "import type { ApiErrorBody } from '../electron/api/errors';",
      "import { plainTextOf } from '../story/document';",
    ].join('\n'),
    refused: ['node:fs', 'os', 'electron', 'better-sqlite3', '../db/stories', '../electron/core/core'],
    allowed: ['../electron/api/contract', '../electron/api/errors', '../story/document'],
  },
  'db/probe.ts': {
    source: ["import { app } from 'electron';", "import { openCore } from '../electron/core/core';", "import type { Story } from '../story/model';"].join('\n'),
    refused: ['electron', '../electron/core/core'],
    allowed: ['../story/model'],
  },
  'story/probe.ts': {
    source: ["import { app } from 'electron';", "import path from 'node:path';", "import { prepared } from '../db/handle';", "import { StarterKit } from '@tiptap/starter-kit';"].join('\n'),
    refused: ['electron', 'node:path', '../db/handle'],
    allowed: ['@tiptap/starter-kit'],
  },
};

let temp: ReturnType<typeof makeTempDir>;
let messages: Array<{ filename: string; message: string }>;

beforeAll(() => {
  temp = makeTempDir();
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, '.oxlintrc.json'), 'utf8')) as Record<string, unknown>;
  delete config.$schema;
  fs.writeFileSync(path.join(temp.dir, '.oxlintrc.json'), JSON.stringify(config));
  for (const [file, probe] of Object.entries(PROBES)) {
    fs.mkdirSync(path.join(temp.dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(temp.dir, file), `${probe.source}\n`);
  }
  const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'oxlint'), ['-c', '.oxlintrc.json', '--format', 'json', '.'], { cwd: temp.dir, encoding: 'utf8' });
  messages = (JSON.parse(run.stdout) as { diagnostics: Array<{ filename: string; message: string; code: string }> }).diagnostics.filter(
    (d) => d.code === 'eslint(no-restricted-imports)',
  );
});
afterAll(() => temp.cleanup());

describe('process boundaries (lint)', () => {
  for (const [file, probe] of Object.entries(PROBES)) {
    it(`${path.dirname(file)}/ may not import ${probe.refused.join(', ')}`, () => {
      const refused = messages.filter((m) => m.filename === file).map((m) => /'([^']+)'/.exec(m.message)![1]);
      expect(refused.toSorted()).toEqual(probe.refused.toSorted());
      for (const allowed of probe.allowed) expect(refused).not.toContain(allowed);
    });
  }
});
