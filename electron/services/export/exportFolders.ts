import fs from 'node:fs';
import path from 'node:path';
import type { FolderListing } from '../../api/contract';
import { AppError } from '../../api/errors';


const MAX_ENTRIES = 2000;

/**
 * Where exports may be written. The in-app folder picker (browser mode, where there
 * is no native dialog) lists and allows only folders inside the user's home folder,
 * resolved through symlinks, so neither ".." nor a link can lead outside it. Folders
 * the user picked in the native dialog (Electron) are allowed too. The command line
 * writes where its user says (`anywhere`).
 */
export class ExportFolders {
  private readonly picked = new Set<string>();
  readonly home: string;

  constructor(
    home: string,
    private readonly anywhere = false,
  ) {
    this.home = fs.realpathSync(home);
  }

  /** A folder chosen in the native dialog: the user chose it, so it may be written to. */
  allowPicked(folder: string): void {
    this.picked.add(fs.realpathSync(folder));
  }

  /** The real path of a folder exports may be written to; a clear error otherwise. */
  resolveDestination(folder: string): string {
    if (!path.isAbsolute(folder)) throw new AppError('invalid_input', `The export folder must be a full path; "${folder}" is not.`);
    let real: string;
    try {
      real = fs.realpathSync(folder);
    } catch {
      throw new AppError('not_found', `The export folder ${folder} does not exist (any more).`);
    }
    if (!fs.statSync(real).isDirectory()) throw new AppError('invalid_input', `${folder} is a file, not a folder.`);
    if (!this.anywhere && !this.isInsideHome(real) && !this.picked.has(real)) {
      throw new AppError('forbidden', `Exports go to a folder inside your home folder (${this.home}); ${folder} is outside it.`);
    }
    return real;
  }

  /** The sub-folders of a folder inside home (hidden ones left out), for the in-app picker. */
  list(folder: string | undefined): FolderListing {
    const target = this.insideHome(folder ?? this.home);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(target, { withFileTypes: true });
    } catch (error) {
      throw new AppError('forbidden', `The folder ${target} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    const folders = entries
      .filter((entry) => !entry.name.startsWith('.'))
      .filter((entry) => entry.isDirectory() || (entry.isSymbolicLink() && this.isFolderInsideHome(path.join(target, entry.name))))
      .slice(0, MAX_ENTRIES)
      .map((entry) => ({ name: entry.name, path: path.join(target, entry.name) }))
      .toSorted((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }));
    return { path: target, parent: target === this.home ? null : path.dirname(target), home: this.home, folders };
  }

  /** Make a new folder for exports inside a folder of home. */
  create(parent: string, name: string): string {
    const base = this.insideHome(parent);
    if (!name.trim() || /[/\\]|^\.\.?$/.test(name) || name.length > 200) throw new AppError('invalid_input', `"${name}" cannot be a folder name.`);
    const created = path.join(base, name.trim());
    try {
      fs.mkdirSync(created);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('conflict', `A folder or file named "${name.trim()}" already exists there.`);
      throw error;
    }
    return created;
  }

  private insideHome(folder: string): string {
    if (!path.isAbsolute(folder)) throw new AppError('invalid_input', `"${folder}" is not a full path.`);
    let real: string;
    try {
      real = fs.realpathSync(folder);
    } catch {
      throw new AppError('not_found', `The folder ${folder} does not exist.`);
    }
    if (!this.isInsideHome(real)) throw new AppError('forbidden', `Only folders inside your home folder (${this.home}) can be listed here.`);
    if (!fs.statSync(real).isDirectory()) throw new AppError('invalid_input', `${folder} is not a folder.`);
    return real;
  }

  private isFolderInsideHome(link: string): boolean {
    try {
      const real = fs.realpathSync(link);
      return this.isInsideHome(real) && fs.statSync(real).isDirectory();
    } catch {
      return false;
    }
  }

  private isInsideHome(real: string): boolean {
    const relative = path.relative(this.home, real);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
  }
}
