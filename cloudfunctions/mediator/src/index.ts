import { mediatorContract } from '@contracts/functions/mediator';
import { defineFunction } from '@server/define-function';
import { adminList, setActive, update } from './actions/admin';
import { list } from './actions/list';
import { mine } from './actions/mine';

export const main = defineFunction('mediator', mediatorContract, {
  list,
  mine,
  adminList,
  update,
  setActive,
});
