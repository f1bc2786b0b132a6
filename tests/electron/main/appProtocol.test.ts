import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProtocolResponse } from '../../../electron/main/appProtocol';
import { RENDERER_CSP } from '../../../electron/core/csp';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let root: string;
beforeAll(() => {
  temp = makeTempDir();
  root = path.join(temp.dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><p>app</p>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'library contents');
});
afterAll(() => temp.cleanup());

const get = (url: string, method = 'GET') => appProtocolResponse({ url, method }, root);

describe('app:// protocol', () => {
  it('serves the renderer with its content type and the CSP', async () => {
    const index = await get('app://copydesk/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await index.text()).toContain('<p>app</p>');
    expect((await get('app://copydesk/')).status).toBe(200);
    expect((await get('app://copydesk/assets/app.js')).headers.get('content-type')).toContain('javascript');
  });

  it('serves GET only', async () => {
    expect((await get('app://copydesk/index.html', 'POST')).status).toBe(405);
    expect((await get('app://copydesk/index.html', 'PUT')).status).toBe(405);
  });

  for (const url of [
    'app://copydesk/../secret.txt',
    'app://copydesk/%2e%2e/secret.txt',
    'app://copydesk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://copydesk/..%5csecret.txt',
    'app://copydesk/assets/..%2F..%2Fsecret.txt',
    'app://copydesk/%00index.html',
    'app://copydesk/missing.js',
    'app://other/index.html',
  ]) {
    it(`refuses ${url}`, async () => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('library contents');
    });
  }
});
