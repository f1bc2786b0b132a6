import type { z } from 'zod';

export type MethodKind = 'read' | 'write';

export interface MethodDef<I extends z.ZodType, R> {
  kind: MethodKind;
  input: I;
  /** Largest request body accepted over HTTP, in bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Type-only: what the method resolves to. */
  readonly result?: R;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** `returns<Story>()({ kind, input })`: a method whose result type is Story. */
export const returns =
  <R>() =>
  <I extends z.ZodType>(def: Omit<MethodDef<I, R>, 'result'>): MethodDef<I, R> =>
    def;
