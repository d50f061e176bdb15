import type { userContract } from '@contracts/functions/user';
import type { Handler } from '@server/define-function';
import { toMe } from '@server/views/user-views';

export const me: Handler<typeof userContract.me> = async (_input, { caller }) => toMe(caller.user);
