import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { buildCli, runCopydesk, BIN } from '../../helpers/copydeskCli';


let temp: ReturnType<typeof makeTempDir>;
let library: string;

beforeAll(buildCli);
beforeEach(() => {
  temp = makeTempDir();
  library = path.join(temp.dir, 'library.sqlite');
});
afterEach(() => temp.cleanup());

const copydesk = (...args: string[]) => runCopydesk(temp.dir, ...args);

describe('copydesk command line', () => {
  it('new prints the id of a story that list --json then shows', () => {
    const bodyFile = path.join(temp.dir, 'body.txt');
    fs.writeFileSync(bodyFile, 'The port authority voted on Thursday.\n\nFerries will run twice a night.\n');
    const created = copydesk('new', '--library', library, '--headline', 'Night ferries approved', '--body-file', bodyFile);
    expect(created.code, created.err).toBe(0);
    const id = created.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const listed = copydesk('list', '--library', library, '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ id, headline: 'Night ferries approved', wordCount: 12, status: 'draft' })]);
  });

  it('uses the default library in the data folder without --library', () => {
    expect(copydesk('new', '--headline', 'Default').code).toBe(0);
    expect(fs.existsSync(path.join(temp.dir, 'Copydesk', 'library.sqlite'))).toBe(true);
    expect(JSON.parse(copydesk('list', '--json').out)).toHaveLength(1);
  });

  it('explains usage mistakes with exit code 2', () => {
    const missing = copydesk('new', '--library', library);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--headline is required');
    const unknown = copydesk('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    expect(copydesk('serve', '--library', library, '--port', 'abc').err).toContain('--port must be a port number');
  });

  it('names an unreadable body file', () => {
    const result = copydesk('new', '--library', library, '--headline', 'x', '--body-file', path.join(temp.dir, 'nope.txt'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Could not read .*nope\.txt: ENOENT/);
  });

  it('serve prints its address, and a second writer is refused naming the holder', async () => {
    const renderer = path.join(temp.dir, 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
    const server = spawn(process.execPath, [BIN, 'serve', '--library', library, '--no-open'], {
      env: { ...process.env, COPYDESK_RENDERER_DIR: renderer },
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.trim());
        });
        server.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(line).toMatch(/^Copydesk is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
      const second = copydesk('new', '--library', library, '--headline', 'Second writer');
      expect(second.code).toBe(1);
      expect(second.err).toMatch(/in use by Copydesk \(browser mode\) \(process \d+ on /);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.on('exit', resolve));
    }
    expect(fs.existsSync(`${library}.lock`)).toBe(false);
  });
});
