import type { Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodResult } from '../../electron/api/contract';

/** Call the app's API from inside the page, as the renderer does (same origin, the tab's token). */
export async function callApi<M extends MethodName>(page: Page, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const response = await page.evaluate(
    async ([name, body]) => {
      const token = sessionStorage.getItem('copydesk.token');
      const answer = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
      return (await answer.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [method, input] as const,
  );
  if (!response.ok) throw new Error(`${method}: ${response.error?.message}`);
  return response.value as MethodResult<M>;
}

export const doc = (...paragraphs: string[]) => ({
  type: 'doc' as const,
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
