import type { LibraryInfo } from '../contract';
import type { Handlers } from '../dispatch';

export interface LibraryServices {
  libraryInfo(): LibraryInfo;
}

export function libraryHandlers(services: LibraryServices): Pick<Handlers, 'getLibraryInfo'> {
  return {
    getLibraryInfo: () => services.libraryInfo(),
  };
}
