import { warningContract } from '@contracts/functions/warning';
import { defineFunction } from '@server/define-function';
import { withTimers } from '@server/timer';
import { sweepWarnings } from '@server/warnings/sweep';
import { acknowledge, handle } from './actions/decide';
import { list } from './actions/list';
import { rules, setRules } from './actions/rules';

const actions = defineFunction('warning', warningContract, { list, acknowledge, handle, rules, setRules });

/** Actions from the admin console; the hourly sweep and same-day orange notices from the timer in config.json. */
export const main = withTimers(actions, { hourly: sweepWarnings });
