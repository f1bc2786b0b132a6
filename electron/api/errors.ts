/** Every failure the API reports, as the renderer sees it. */
export const API_ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'disk_full',
  'library_in_use',
  'library_too_new',
  'library_damaged',
  'not_a_library',
  'library_unusable',
  'forbidden',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  /** Extra data a view may need (e.g. the current story on a conflict). */
  details?: unknown;
}

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services for failures the user should see as they are. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
