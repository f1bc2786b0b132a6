import path from 'node:path';
import { openCore, type Core, type CoreOptions } from '../core/core';
import { defaultLibraryPath } from '../core/paths';
import { HOLDER_NAMES } from '../core/holderNames';
import type { MethodInput, MethodName, MethodResult } from '../api/contract';

export function libraryPathFrom(option: string | undefined): string {
  return option ? path.resolve(option) : defaultLibraryPath();
}

export function openCliCore(libraryOption: string | undefined, mode: 'browser' | 'cli' = 'cli', extra: Pick<CoreOptions, 'exportFolders'> & { readOnly?: boolean } = {}): Core {
  const { readOnly, ...options } = extra;
  return openCore({
    // Reading commands skip the whole-file check at open (the app and the writing commands do it).
    integrityCheck: !readOnly,
    libraryPath: libraryPathFrom(libraryOption),
    mode: 'browser',
    app: mode === 'cli' ? HOLDER_NAMES.cli : HOLDER_NAMES.browser,
    // Browser mode is the app: it backs up on a schedule and on quit, and purges the trash.
    background: mode === 'browser',
    ...options,
  });
}

/** A failed API call on the command line: its message is what the user reads. */
export class CliApiError extends Error {
  override name = 'CliApiError';
}

/** Call a contract method through the same dispatch the app uses; throw its error message on failure. */
export async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const response = await core.dispatch(method, input);
  if (!response.ok) throw new CliApiError(response.error.message);
  return response.value as MethodResult<M>;
}
