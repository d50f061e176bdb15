import { moderationContract } from '@contracts/functions/moderation';
import { defineFunction } from '@server/define-function';
import { decide } from './actions/decide';
import { list } from './actions/list';

export const main = defineFunction('moderation', moderationContract, { list, decide });
