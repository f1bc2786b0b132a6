import type { ApiResponse } from '../../electron/api/errors';

/** The value of a successful dispatch, or a thrown error carrying the API error. */
export async function ok<T>(promise: Promise<ApiResponse<unknown>>): Promise<T> {
  const response = await promise;
  if (!response.ok) throw new Error(JSON.stringify(response.error));
  return response.value as T;
}

/** The error of a dispatch that must fail. */
export async function failed(promise: Promise<ApiResponse<unknown>>): Promise<{ code: string; message: string }> {
  const response = await promise;
  if (response.ok) throw new Error(`expected a failure, got ${JSON.stringify(response.value).slice(0, 200)}`);
  return response.error;
}
