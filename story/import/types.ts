import type { StoryFields } from '../model';

/** A file (or pasted content) to turn into a story. */
export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
}

/** What an importer makes of a file: the story's fields, and what the user should be told. */
export interface ImportedStory {
  fields: Partial<StoryFields> & Pick<StoryFields, 'body'>;
  /** Things the user should know ("invalid bytes replaced", "2 images left out"). */
  warnings: string[];
  /** Page chrome and other parts deliberately left out ("comment prompt"). */
  leftOut: string[];
  /** The first line was not a headline: the story needs one. */
  needsHeadline: boolean;
  /** How the file was read ("wire text", "Markdown", "web page", "Word document"). */
  format?: ImportFormat;
}

export const IMPORT_FORMATS = ['text', 'markdown', 'html', 'docx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_ERROR_CODES = ['empty', 'binary', 'too_large', 'unsupported', 'corrupt', 'unreadable', 'too_complex'] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** The only error an importer throws: it names the file and what was wrong with it. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    readonly fileName: string,
    reason: string,
  ) {
    super(`${fileName}: ${reason}`);
  }
}

export type Importer = (input: ImportInput) => ImportedStory | Promise<ImportedStory>;
