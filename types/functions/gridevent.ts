import { z } from 'zod';
import { defineAction } from '../contract';
import { ZGridEventDetail, ZGridEventSummary, ZNearbyEvent, ZUnit } from '../grid/models';
import { ZId } from '../models';
import {
  ZActInput,
  ZListInput,
  ZNearbyInput,
  ZReportInput,
  ZSaveUnitInput,
  ZToCaseInput,
  ZUnitsInput,
} from './gridevent-inputs';

const reporters = ['grid_worker', 'resident'] as const;
const handlers = ['grid_worker', 'resident', 'admin', 'unit_staff'] as const;

/**
 * The `gridevent` function (issue 14): grid workers and residents report what they find, the street accepts
 * and dispatches, units handle and reply, the reporter verifies, and the hourly timer escalates overdue ones.
 */
export const grideventContract = {
  report: defineAction({
    summary:
      '网格员（或居民）上报事件：先拍照，选类型、说明、位置（自动找到所在网格）、紧急程度、涉及人员；离线时保留原时间地点',
    audience: reporters,
    input: ZReportInput,
    output: ZGridEventDetail,
    errors: ['CONTENT_RISKY', 'RATE_LIMITED', 'CONFLICT'],
  }),
  nearby: defineAction({
    summary: '上报前查看附近约50米内同类未办结事件，可能是重复上报',
    audience: reporters,
    input: ZNearbyInput,
    output: z.object({ items: z.array(ZNearbyEvent) }),
    errors: [],
  }),
  list: defineAction({
    summary: '事件列表：我上报的、本单位待办、街道（镇）待受理和派遣的',
    audience: handlers,
    input: ZListInput,
    output: z.object({ items: z.array(ZGridEventSummary) }),
    errors: ['FORBIDDEN'],
  }),
  get: defineAction({
    summary: '事件详情、全过程记录和当前可做的操作；重点人员的姓名和照片只给经办人看',
    audience: handlers,
    input: z.strictObject({ eventId: ZId }),
    output: ZGridEventDetail,
    errors: ['NOT_FOUND'],
  }),
  act: defineAction({
    summary: '办理一步：受理、退回、派遣、接收、退回非本单位、回复、申请延期、审批延期、核查、结案、就地解决',
    audience: handlers,
    input: ZActInput,
    output: ZGridEventDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'CONTENT_RISKY'],
  }),
  toCase: defineAction({
    summary: '矛盾纠纷一键转为调解案件（带入事件内容），案件和事件互相关联',
    audience: ['grid_worker', 'admin'],
    input: ZToCaseInput,
    output: z.object({ caseId: ZId, caseNumber: z.string(), event: ZGridEventDetail }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  }),
  units: defineAction({
    summary: '管理员范围内的处置单位（社区居委会、职能部门）和工作人员，派遣时选用',
    audience: ['admin'],
    input: ZUnitsInput,
    output: z.object({ items: z.array(ZUnit) }),
    errors: [],
  }),
  saveUnit: defineAction({
    summary: '管理员在自己的范围内新建或修改处置单位及其工作人员',
    audience: ['admin'],
    input: ZSaveUnitInput,
    output: ZUnit,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
};
