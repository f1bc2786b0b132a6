import type { LockHolder } from './lock';

/** Base of every error opening a library; `code` is what the API reports. */
export class LibraryOpenError extends Error {
  override name = 'LibraryOpenError';
  constructor(
    readonly code: 'library_in_use' | 'library_too_new' | 'not_a_library' | 'library_damaged' | 'library_unusable',
    message: string,
  ) {
    super(message);
  }
}

export class LibraryInUseError extends LibraryOpenError {
  override name = 'LibraryInUseError';
  constructor(
    readonly libraryPath: string,
    readonly holder: LockHolder,
  ) {
    super(
      'library_in_use',
      `The library ${libraryPath} is in use by ${holder.app} (process ${holder.pid} on ${holder.host}, since ${holder.startedAt}). ` +
        'Close it there first, or open another library.',
    );
  }
}

export class LibraryTooNewError extends LibraryOpenError {
  override name = 'LibraryTooNewError';
  constructor(libraryPath: string, found: number, known: number) {
    super(
      'library_too_new',
      `The library ${libraryPath} was written by a newer Copydesk (schema ${found}; this version knows up to ${known}). ` +
        'Update Copydesk to open it; it has not been changed.',
    );
  }
}
