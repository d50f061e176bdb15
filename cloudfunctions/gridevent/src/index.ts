import { grideventContract } from '@contracts/functions/gridevent';
import { defineFunction } from '@server/define-function';
import { escalateOverdue } from '@server/grid/escalate-job';
import { withTimers } from '@server/timer';
import { act } from './actions/act';
import { get } from './actions/get';
import { list } from './actions/list';
import { nearby } from './actions/nearby';
import { report } from './actions/report';
import { toCase } from './actions/to-case';
import { saveUnit, units } from './actions/units';

const actions = defineFunction('gridevent', grideventContract, {
  report,
  nearby,
  list,
  get,
  act,
  toCase,
  units,
  saveUnit,
});

/** Actions from the app; the hourly `escalate` timer gives overdue events their yellow and red cards. */
export const main = withTimers(actions, { escalate: escalateOverdue });
