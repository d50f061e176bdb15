import type { ActionName, FunctionName } from '@contracts/api';
import type { InputOf, OutputOf } from '@contracts/contract';
import { ready } from './session';
import { type ContractOf, sendAction } from './transport';

/**
 * The one way the app calls the cloud, typed from the contracts. Every call first waits for the app's
 * one sign-in (`ready()`), so a page opened before the sign-in has finished, by a resident who has never
 * used the app, waits for it instead of being refused as not registered. It shows no UI: transport
 * failures throw CloudTransportError, refusals throw CloudActionError.
 */
export async function callCloud<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: InputOf<ContractOf<F, A>>,
): Promise<OutputOf<ContractOf<F, A>>> {
  await ready();
  return sendAction(fn, action, payload);
}
