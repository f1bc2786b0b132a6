import { importPlainText } from '../../../story/import/plainText';
import { ImportError, type ImportInput, type ImportedStory } from '../../../story/import/types';

/**
 * Turns one file into a story's fields, choosing the importer by the file's type.
 * Every failure is an ImportError naming the file. The import pipeline (CLI, drag and
 * drop, File menu) calls only this; importers for more formats plug in here.
 */
export async function importStoryFile(input: ImportInput): Promise<ImportedStory> {
  const extension = input.fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (extension === 'txt' || extension === 'text' || extension === '') return importPlainText(input);
  throw new ImportError('unsupported', input.fileName, `files of type .${extension} cannot be imported yet.`);
}
