import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOnRememberedPort, rememberedPort, rememberPort } from '../../../electron/cli/browserPort';
import { makeTempDir } from '../../helpers/tempDir';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
const portOf = (server: net.Server) => (server.address() as net.AddressInfo).port;
const close = (server: net.Server) => new Promise((resolve) => server.close(resolve));

describe('the browser-mode port', () => {
  it('is remembered beside the library and reused when free', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const library = path.join(dir, 'library.sqlite');
    expect(rememberedPort(library)).toBeUndefined();
    const first = await listenOnRememberedPort(library, listen);
    rememberPort(library, portOf(first));
    const port = portOf(first);
    await close(first);
    const second = await listenOnRememberedPort(library, listen);
    expect(portOf(second)).toBe(port);
    await close(second);
  });

  it('falls back to an ephemeral port when the remembered one is taken', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const library = path.join(dir, 'library.sqlite');
    const squatter = await listen(0);
    rememberPort(library, portOf(squatter));
    const server = await listenOnRememberedPort(library, listen);
    expect(portOf(server)).not.toBe(portOf(squatter));
    await close(server);
    await close(squatter);
  });
});
