import { serialize } from 'node:v8';
import { ImportError, IMPORT_ERROR_CODES, type ImportInput } from '../../../story/import/types';
import { InvalidDocumentError } from '../../../story/schema/schema';
import { importStoryFile } from '../import/registry';
import { withDerived } from '../storyDerived';
import { fieldsForImport } from './importFields';
import { importStatements } from './importStatements';

/** The story a file becomes: its id, the path the report and its history name, the import's clock. */
export interface StoryToPrepare {
  id: string;
  path: string;
  now: Date;
}

/** One file made ready to store: what the parse worker sends back. */
export interface PreparedFile {
  storyId: string;
  headline: string;
  warnings: string[];
  /** The story's statements (importStatements), serialized: they pass through the main thread to the writer unread. */
  statements: Uint8Array;
}

/**
 * Everything an import does to a file before it touches the library, and nothing that
 * needs it: parse (only through importStoryFile), check the fields with the save rules,
 * check the body and derive its texts, build the statements that store it. Runs in the
 * parse worker, or on the main thread without one.
 */
export async function prepareImportFile(input: ImportInput, story: StoryToPrepare): Promise<PreparedFile> {
  const imported = await importStoryFile(input);
  const { fields, warnings } = fieldsForImport(imported, story.now);
  const at = story.now.toISOString();
  const record = withDerived(fields, story.id, at, at);
  const statements = importStatements(record, { fileName: story.path, warnings, leftOut: imported.leftOut });
  return { storyId: record.id, headline: record.headline, warnings, statements: serialize(statements) };
}

/** A failure as it crosses to another thread (a structured clone keeps no class). */
export type WireError =
  | { kind: 'import'; code: ImportError['code']; fileName: string; message: string }
  | { kind: 'document'; message: string }
  | { kind: 'other'; message: string };

export function toWireError(error: unknown): WireError {
  if (error instanceof ImportError) return { kind: 'import', code: error.code, fileName: error.fileName, message: error.message };
  if (error instanceof InvalidDocumentError) return { kind: 'document', message: error.message };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** The error as it was thrown in the worker: same class, code and message, so the report's reasons are the same. */
export function fromWireError(wire: WireError): Error {
  if (wire.kind === 'import' && (IMPORT_ERROR_CODES as readonly string[]).includes(wire.code)) {
    const error = new ImportError(wire.code, wire.fileName, '');
    error.message = wire.message;
    return error;
  }
  if (wire.kind === 'document') return new InvalidDocumentError(wire.message);
  return new Error(wire.message);
}
