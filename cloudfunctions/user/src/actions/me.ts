import type { userContract } from '@contracts/functions/user';
import type { Handler } from '@server/define-function';
import { ownView } from '@server/views/own-profile';

export const me: Handler<typeof userContract.me> = async (_input, { caller }) => ownView(caller.user);
