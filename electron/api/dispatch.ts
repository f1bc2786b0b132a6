import type { z } from 'zod';
import { contract, type MethodName, type MethodParams, type MethodResult } from './contract';
import { AppError, type ApiErrorBody, type ApiResponse } from './errors';
import { LibraryOpenError } from '../../db/errors';
import { InvalidDocumentError } from '../../story/schema/schema';

/** One function per method, taking validated input. */
export type Handlers = {
  [M in MethodName]: (params: MethodParams<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

export type Dispatch = (method: string, input: unknown) => Promise<ApiResponse<unknown>>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** Validate, call the handler, and turn every outcome into a typed response. Never throws. */
export function createDispatch(handlers: Handlers, onUnexpected: (method: string, error: unknown) => void = () => {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return failure({ code: 'unknown_method', message: `There is no API method named "${String(method).slice(0, 80)}".` });
    }
    const parsed = (contract[method].input as z.ZodType).safeParse(input === undefined ? {} : input);
    if (!parsed.success) return failure({ code: 'invalid_input', message: describeIssues(method, parsed.error) });
    try {
      const handler = handlers[method] as (params: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      const known = toApiError(error);
      if (known) return failure(known);
      onUnexpected(method, error);
      return failure({ code: 'internal', message: `${method} failed unexpectedly: ${(error as Error)?.message ?? String(error)}` });
    }
  };
}

function failure(error: ApiErrorBody): ApiResponse<never> {
  return { ok: false, error };
}

/** "saveStory: changes.headline must be at most 500 characters" */
export function describeIssues(method: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${where} ${issue.message.replace(/^Invalid input: /, '')}`;
  });
  return `${method}: ${parts.join('; ')}`;
}

const SQLITE_FULL = new Set(['SQLITE_FULL']);

export function toApiError(error: unknown): ApiErrorBody | undefined {
  if (error instanceof AppError) return { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
  if (error instanceof LibraryOpenError) return { code: error.code, message: error.message };
  if (error instanceof InvalidDocumentError) return { code: 'invalid_input', message: error.message };
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOSPC' || (typeof code === 'string' && SQLITE_FULL.has(code))) {
    return { code: 'disk_full', message: 'The disk is full (or the library reached its size limit); nothing was saved. Free some space and it will save again.' };
  }
  return undefined;
}
