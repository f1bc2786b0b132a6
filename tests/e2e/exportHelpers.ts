import type { APIRequestContext } from '@playwright/test';
import type { MethodInput, MethodName, MethodResult } from '../../electron/api/contract';
import type { BrowserModeApp } from './browserModeApp';

/** Call the app's API as its own page would (token, Origin), to set up a test's stories. */
export async function callApi<M extends MethodName>(request: APIRequestContext, app: BrowserModeApp, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const origin = `http://127.0.0.1:${app.port}`;
  const response = await request.post(`${origin}/api/${method}`, { headers: { Authorization: `Bearer ${app.token}`, Origin: origin }, data: input });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as MethodResult<M>;
}
