import { noticeContract } from '@contracts/functions/notice';
import { defineFunction } from '@server/define-function';
import { get } from './actions/get';
import { listPublished } from './actions/list-published';

export const main = defineFunction('notice', noticeContract, { listPublished, get });
