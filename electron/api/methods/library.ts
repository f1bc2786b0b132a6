import { z } from 'zod';
import { returns } from '../methodDef';

export interface LibraryInfo {
  path: string;
  storyCount: number;
  schemaVersion: number;
  mode: 'electron' | 'browser';
}

export const libraryMethods = {
  getLibraryInfo: returns<LibraryInfo>()({ kind: 'read', input: z.strictObject({}) }),
};
