import type { MethodInput, MethodName, MethodResult } from '../../electron/api/contract';
import type { Core } from '../../electron/core/core';

/** Call a method through the core's dispatch; a failure throws with its code and message. */
export async function callCore<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const response = await core.dispatch(method, input);
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.value as MethodResult<M>;
}
