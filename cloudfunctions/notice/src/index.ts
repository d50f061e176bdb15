import { noticeContract } from '@contracts/functions/notice';
import { defineFunction } from '@server/define-function';
import { withTimers } from '@server/timer';
import { adminList } from './actions/admin-list';
import { get } from './actions/get';
import { listPublished } from './actions/list-published';
import { refreshOfficial, retryOfficial } from './actions/official';
import { publish } from './actions/publish';
import { save } from './actions/save';
import { subscribe } from './actions/subscribe';
import { withdraw } from './actions/withdraw';
import { everyMinute } from './jobs';

const actions = defineFunction('notice', noticeContract, {
  listPublished,
  get,
  adminList,
  save,
  publish,
  withdraw,
  subscribe,
  refreshOfficial,
  retryOfficial,
});

export const main = withTimers(actions, { everyMinute });
