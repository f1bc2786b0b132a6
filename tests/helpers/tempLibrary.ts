import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openLibrary, type Library } from '../../db/open';
import { makeTempDir } from './tempDir';

/** For each test of the calling file: a fresh library file in a temp folder, closed and removed after the test. */
export function useTempLibrary(): { readonly library: Library } {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  let library: Library | undefined;
  beforeEach(() => {
    temp = makeTempDir();
    library = openLibrary(path.join(temp.dir, 'library.sqlite'), { app: 'test' });
  });
  afterEach(() => {
    library?.close();
    temp?.cleanup();
  });
  return {
    get library() {
      if (!library) throw new Error('The temp library exists only while a test runs.');
      return library;
    },
  };
}
