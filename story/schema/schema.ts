import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import type { DocJSON } from '../document';
import { newsExtensions } from './newsExtensions';

let cached: Schema | undefined;

export function newsSchema(): Schema {
  cached ??= getSchema(newsExtensions());
  return cached;
}

export class InvalidDocumentError extends Error {
  override name = 'InvalidDocumentError';
}

/** Throws InvalidDocumentError naming what is wrong when the JSON is not a valid story body. */
export function assertValidDoc(json: unknown): asserts json is DocJSON {
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'doc') {
    throw new InvalidDocumentError('The story body must be a document ("type": "doc").');
  }
  try {
    newsSchema().nodeFromJSON(json).check();
  } catch (error) {
    throw new InvalidDocumentError(`The story body is not a valid document: ${(error as Error).message}`);
  }
}
