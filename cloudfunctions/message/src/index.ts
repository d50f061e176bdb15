import { messageContract } from '@contracts/functions/message';
import { defineFunction, type InvocationContext } from '@server/define-function';
import { history } from './actions/history';
import { markRead } from './actions/mark-read';
import { send } from './actions/send';
import { isMediaCheckPush, onMediaCheck } from './media-verdict';

const actions = defineFunction('message', messageContract, { send, history, markRead });

/**
 * The chat's function. Besides the actions it receives WeChat's `wxa_media_check` push (configured as this
 * function's message push), which is not an action envelope and so is routed before the wrapper.
 */
export async function main(event: unknown, context?: InvocationContext): Promise<unknown> {
  if (isMediaCheckPush(event)) return onMediaCheck(event);
  return actions(event, context);
}
