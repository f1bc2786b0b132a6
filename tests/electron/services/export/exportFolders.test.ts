import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportFolders } from '../../../../electron/services/export/exportFolders';
import { makeTempDir } from '../../../helpers/tempDir';

let root: string;
let cleanup: () => void;
let home: string;
let folders: ExportFolders;
beforeEach(() => {
  ({ dir: root, cleanup } = makeTempDir());
  home = path.join(root, 'home');
  fs.mkdirSync(path.join(home, 'Documents', 'Exports'), { recursive: true });
  fs.mkdirSync(path.join(home, '.config'));
  fs.mkdirSync(path.join(root, 'outside'));
  fs.writeFileSync(path.join(home, 'notes.txt'), 'a file');
  fs.symlinkSync(path.join(root, 'outside'), path.join(home, 'escape'));
  fs.symlinkSync(path.join(home, 'Documents'), path.join(home, 'Docs'));
  folders = new ExportFolders(home);
});
afterEach(() => cleanup());

describe('export folders (the in-app picker)', () => {
  it('lists the visible sub-folders of home, links that stay inside included', () => {
    const listing = folders.list(undefined);
    expect(listing.path).toBe(fs.realpathSync(home));
    expect(listing.parent).toBeNull();
    expect(listing.folders.map((folder) => folder.name)).toEqual(['Docs', 'Documents']);
    const documents = folders.list(path.join(home, 'Documents'));
    expect(documents.parent).toBe(fs.realpathSync(home));
    expect(documents.folders.map((folder) => folder.name)).toEqual(['Exports']);
  });

  it('refuses to list or write outside home, by "..", by a link, or by a plain path', () => {
    for (const attempt of [path.join(home, '..'), path.join(home, 'Documents', '..', '..', 'outside'), path.join(home, 'escape'), '/etc', root]) {
      expect(() => folders.list(attempt), attempt).toThrow(/inside your home folder/);
      expect(() => folders.resolveDestination(attempt), attempt).toThrow(/inside your home folder/);
    }
    expect(() => folders.list('relative/path')).toThrow(/not a full path/);
    expect(() => folders.resolveDestination(path.join(home, 'notes.txt'))).toThrow(/is a file/);
    expect(() => folders.resolveDestination(path.join(home, 'missing'))).toThrow(/does not exist/);
  });

  it('accepts a folder the user picked in the system dialog, even outside home', () => {
    const outside = path.join(root, 'outside');
    expect(() => folders.resolveDestination(outside)).toThrow();
    folders.allowPicked(outside);
    expect(folders.resolveDestination(outside)).toBe(fs.realpathSync(outside));
  });

  it('creates a new folder inside home, and refuses names that would leave it', () => {
    const created = folders.create(home, 'Ferry exports');
    expect(fs.statSync(created).isDirectory()).toBe(true);
    expect(() => folders.create(home, '../evil')).toThrow(/cannot be a folder name/);
    expect(() => folders.create(home, '..')).toThrow(/cannot be a folder name/);
    expect(() => folders.create(home, 'Ferry exports')).toThrow(/already exists/);
    expect(() => folders.create(path.join(root, 'outside'), 'x')).toThrow(/inside your home folder/);
  });
});
