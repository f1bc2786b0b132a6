import { ImportError, IMPORT_ERROR_CODES, type ImportInput } from '../../../story/import/types';
import type { StoryFields } from '../../../story/model';
import { InvalidDocumentError } from '../../../story/schema/schema';
import { importStoryFile } from '../import/registry';
import { derivedTextOf, type DerivedText } from '../storyDerived';
import { fieldsForImport } from './importFields';

/** One file made ready to store, short of its id and times: what the parse worker sends back. */
export interface ParsedFile {
  fields: StoryFields;
  warnings: string[];
  leftOut: string[];
  derived: DerivedText;
}

/**
 * Everything an import does to a file before it touches the library, and nothing that
 * needs it: parse (only through importStoryFile), check the fields with the save rules,
 * check the body and derive its texts. Runs in the parse worker, or here without one.
 */
export async function parseImportFile(input: ImportInput, now: Date): Promise<ParsedFile> {
  const imported = await importStoryFile(input);
  const { fields, warnings } = fieldsForImport(imported, now);
  return { fields, warnings, leftOut: imported.leftOut, derived: derivedTextOf(fields) };
}

/** A parse failure as it crosses to another thread (a structured clone keeps no class). */
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
