import { z } from 'zod';
import { ZMediatorAdminView } from '../admin/mediator';
import { defineAction } from '../contract';
import { disputeTypes, ZDisputeType, ZId } from '../models';

const admin = ['admin'] as const;
const ZArea = z.string().trim().min(1, '片区不能为空').max(30, '片区名称不超过30个字');

export const ZUpdateMediatorInput = z.strictObject({
  id: ZId,
  title: z.string().trim().max(20, '职务不超过20个字').optional(),
  specialties: z.array(ZDisputeType).max(disputeTypes.length),
  areas: z.array(ZArea).max(20, '片区最多20个'),
  capacity: z.number().int('请填写整数').min(1, '同时接待至少1件').max(50, '同时接待不超过50件'),
});
export type TUpdateMediatorInput = z.infer<typeof ZUpdateMediatorInput>;

/**
 * Admin actions of the `mediator` function. A mediator is added by giving a signed-in user the mediator role
 * (`user.setRole`, which creates the profile); here the admin fills in and manages that profile.
 */
export const mediatorAdminContract = {
  adminList: defineAction({
    summary: '管理员查看全部调解员（含停用），及每人正在接待的咨询数和评分',
    audience: admin,
    input: z.strictObject({}),
    output: z.object({ items: z.array(ZMediatorAdminView) }),
    errors: ['FORBIDDEN'],
  }),
  update: defineAction({
    summary: '管理员设置调解员的擅长类型、片区、同时接待上限、工作时间',
    audience: admin,
    input: ZUpdateMediatorInput,
    output: ZMediatorAdminView,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
  setActive: defineAction({
    summary: '管理员停用或启用调解员；停用时其正在接待的咨询改派给有空的同类调解员，没人能接的回到排队',
    audience: admin,
    input: z.strictObject({ id: ZId, active: z.boolean() }),
    output: z.object({
      mediator: ZMediatorAdminView,
      /** Consultations waiting in the queue again. */
      requeued: z.number().int(),
      /** Consultations handed to another mediator at once. */
      reassigned: z.number().int(),
    }),
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
};
