import type { Handlers } from '../dispatch';
import { AppError } from '../errors';
import { ImportError } from '../../../story/import/types';
import { asImportError } from '../../services/import/registry';
import { importPastedArticle } from '../../services/import/html';

const PASTE_NAME = 'Pasted text';

export function importingHandlers(): Pick<Handlers, 'importPastedHtml'> {
  return {
    importPastedHtml: ({ html }) => {
      try {
        return importPastedArticle(html, PASTE_NAME);
      } catch (error) {
        const importError = error instanceof ImportError ? error : asImportError(error, PASTE_NAME);
        throw new AppError('invalid_input', importError.message);
      }
    },
  };
}
