import type { ActionName, Api, FunctionName } from '@contracts/api';
import type { ActionContract, InputOf, OutputOf } from '@contracts/contract';
import type { ApiResult } from '@contracts/errors';
import Taro from '@tarojs/taro';
import { CloudActionError, CloudTransportError } from './errors';

export type ContractOf<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends ActionContract
  ? Api[F][A]
  : never;

/** What `wx.cloud.callFunction` hands back, and what the local gateway answers in h5. */
interface CallFunctionAnswer {
  result?: unknown;
  errCode?: number;
  errMsg?: string;
}

/**
 * One call of one action, with no wait for sign-in: only the session (which performs the sign-in) uses
 * it directly; everything else goes through `callCloud`. In weapp it is `Taro.cloud.callFunction`; in h5
 * the local cloud's gateway `POST /api/functions/<name>`, which takes the same event and answers the same
 * shape. Transport failures throw CloudTransportError, refusals throw CloudActionError.
 */
export async function sendAction<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: InputOf<ContractOf<F, A>>,
): Promise<OutputOf<ContractOf<F, A>>> {
  const answer = await send(fn, { action, payload });
  const result = answer.result as ApiResult<OutputOf<ContractOf<F, A>>> | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new CloudTransportError();
  if (!result.ok) throw new CloudActionError(result.error.code, result.error.message, result.error.fields);
  return result.data;
}

async function send(name: string, data: { action: string; payload: unknown }): Promise<CallFunctionAnswer> {
  try {
    if (process.env.TARO_ENV === 'h5') return await sendOverGateway(name, data);
    return (await Taro.cloud.callFunction({ name, data })) as CallFunctionAnswer;
  } catch (error) {
    if (error instanceof CloudTransportError) throw error;
    throw new CloudTransportError();
  }
}

async function sendOverGateway(name: string, data: object): Promise<CallFunctionAnswer> {
  const res = await fetch(`/api/functions/${name}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  });
  if (res.status === 401) throw new CloudTransportError('请先选择身份登录');
  if (!res.ok) throw new CloudTransportError();
  const answer = (await res.json()) as CallFunctionAnswer;
  if (answer.errCode) throw new CloudTransportError();
  return answer;
}
