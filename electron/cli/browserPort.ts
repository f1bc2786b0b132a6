import fs from 'node:fs';
import path from 'node:path';

/**
 * Browser mode keeps its port from one launch to the next (remembered beside the
 * library), because the page's origin includes the port: the same origin means
 * the same IndexedDB, so a journal of unsaved edits survives a server restart.
 */
export function portFile(libraryPath: string): string {
  return path.join(path.dirname(libraryPath), 'browser-mode.json');
}

export function rememberedPort(libraryPath: string): number | undefined {
  try {
    const { port } = JSON.parse(fs.readFileSync(portFile(libraryPath), 'utf8')) as { port?: unknown };
    return typeof port === 'number' && Number.isInteger(port) && port > 1024 && port <= 65535 ? port : undefined;
  } catch {
    return undefined;
  }
}

export function rememberPort(libraryPath: string, port: number): void {
  try {
    fs.writeFileSync(portFile(libraryPath), `${JSON.stringify({ port })}\n`);
  } catch {
    // Not remembering the port only costs the next launch a new origin.
  }
}

/** Listen on the remembered port when it is free, else on an ephemeral one. */
export async function listenOnRememberedPort<T>(libraryPath: string, listen: (port: number) => Promise<T>): Promise<T> {
  const remembered = rememberedPort(libraryPath);
  if (remembered !== undefined) {
    try {
      return await listen(remembered);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' && (error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
    }
  }
  return listen(0);
}
