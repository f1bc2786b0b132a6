import { zip, type Zippable } from 'fflate';

/**
 * Several exported files as one .zip, built off the main thread (fflate compresses in
 * worker threads), so a large batch never freezes the app.
 */
export function zipFiles(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<Uint8Array> {
  const entries: Zippable = {};
  for (const file of files) entries[file.name] = [file.bytes, { level: 6, mtime: new Date() }];
  return new Promise((resolve, reject) => zip(entries, (error, data) => (error ? reject(error) : resolve(data))));
}
