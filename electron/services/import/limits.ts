/**
 * The bounds that keep one file from exhausting the app: checked before any parser
 * sees the bytes, so that import time stays bounded whatever the input.
 */
export const IMPORT_LIMITS = {
  /** Any file: larger ones are refused before they are read whole. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Text, Markdown and HTML (a 1 MB page imports in well under a second). */
  maxTextBytes: 10 * 1024 * 1024,
  /** Word files: entries and total size once decompressed (zip bombs). */
  maxZipEntries: 5_000,
  maxZipUncompressedBytes: 100 * 1024 * 1024,
  /** Any single entry may not expand more than this (deflate tops out near 1000:1). */
  maxZipRatio: 1_100,
  /** HTML: elements and nesting depth (browsers themselves stop nesting at 512). */
  maxHtmlElements: 200_000,
  maxHtmlDepth: 512,
  /** Pasted HTML. */
  maxPasteBytes: 8 * 1024 * 1024,
} as const;

export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
