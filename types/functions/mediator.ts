import { z } from 'zod';
import { defineAction } from '../contract';
import { ZDisputeType, ZMediatorCard } from '../models';
import { mediatorAdminContract } from './mediator-admin';

export const ZListMediatorsInput = z.strictObject({
  disputeType: ZDisputeType.optional(),
  area: z.string().trim().max(30).optional(),
});

/** The `mediator` function: the roster as residents see it, a mediator's own card, and the admin's roster. */
export const mediatorContract = {
  list: defineAction({
    summary: '在岗调解员名单，可按擅长的纠纷类型和片区筛选，在线的排在前面',
    audience: 'anyone',
    input: ZListMediatorsInput,
    output: z.object({ items: z.array(ZMediatorCard) }),
    errors: [],
  }),
  mine: defineAction({
    summary: '调解员查看自己的档案卡片',
    audience: ['mediator'],
    input: z.strictObject({}),
    output: ZMediatorCard,
    errors: ['NOT_FOUND'],
  }),
  ...mediatorAdminContract,
};
