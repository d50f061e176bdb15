import { visitContract } from '@contracts/functions/visit';
import { defineFunction } from '@server/define-function';
import { withTimers } from '@server/timer';
import { checkIn } from './actions/check-in';
import { checkOut } from './actions/check-out';
import { current } from './actions/current';
import { hourly } from './actions/hourly';
import { mine } from './actions/mine';
import { recordActivity } from './actions/record-activity';
import { screenedToCase } from './actions/screened-to-case';

const actions = defineFunction('visit', visitContract, {
  checkIn,
  checkOut,
  recordActivity,
  screenedToCase,
  mine,
  current,
});

/** Actions from the team pages; the day-end close and the location purge from the hourly timer trigger. */
export const main = withTimers(actions, { hourly });
