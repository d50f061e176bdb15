import type { FunctionContract } from './contract';
import { areaContract } from './functions/area';
import { auditContract } from './functions/audit';
import { bookingContract } from './functions/booking';
import { caseContract } from './functions/case';
import { consultationContract } from './functions/consultation';
import { grideventContract } from './functions/gridevent';
import { gridpointsContract } from './functions/gridpoints';
import { legalAidContract } from './functions/legal-aid';
import { mediatorContract } from './functions/mediator';
import { messageContract } from './functions/message';
import { moderationContract } from './functions/moderation';
import { noticeContract } from './functions/notice';
import { statsContract } from './functions/stats';
import { teamContract } from './functions/team';
import { userContract } from './functions/user';
import { visitContract } from './functions/visit';
import { warningContract } from './functions/warning';

/**
 * Every cloud function and its actions. The client's `callCloud` is typed from this map, each function
 * validates against it, and docs/api.md is generated from it, so the three cannot drift apart.
 */
export const api = {
  user: userContract,
  notice: noticeContract,
  mediator: mediatorContract,
  audit: auditContract,
  stats: statsContract,
  consultation: consultationContract,
  message: messageContract,
  booking: bookingContract,
  case: caseContract,
  legalaid: legalAidContract,
  moderation: moderationContract,
  area: areaContract,
  gridpoints: gridpointsContract,
  team: teamContract,
  visit: visitContract,
  warning: warningContract,
  gridevent: grideventContract,
} satisfies Record<string, FunctionContract>;

export type Api = typeof api;
export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
