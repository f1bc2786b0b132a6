import type { ApiErrorBody, ApiErrorCode } from '../../electron/api/errors';

/** A failed API call, as the views handle it: a code to branch on and a message to show. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ApiErrorCode | 'offline';
  readonly details: unknown;
  constructor(body: ApiErrorBody | { code: 'offline'; message: string; details?: unknown }) {
    super(body.message);
    this.code = body.code;
    this.details = body.details;
  }
}
