import { z } from 'zod';
import { defineAction } from '../contract';
import { ZGridFigures } from '../grid/figures';
import { ZGridLedger, ZGridMonth, ZGridRank, ZMonth, ZStarScheme } from '../grid/points';
import { everyRole, ZEpochMs, ZId } from '../models';

export const ZMineInput = z.strictObject({
  /** Omitted: this month (Beijing time). */
  month: ZMonth.optional(),
});

export const ZLedgerInput = z.strictObject({ gridId: ZId, month: ZMonth });

/** The admin's own scope when `areaId` is omitted; a node inside it narrows the ranking or figures. */
export const ZMonthInScopeInput = z.strictObject({ month: ZMonth, areaId: ZId.optional() });

export const ZHandScoreInput = z.strictObject({
  gridId: ZId,
  month: ZMonth,
  itemKey: z.string().min(1, '请选择考核项目').max(20, '请选择考核项目'),
  points: z
    .number({ error: '请填写分数' })
    .int('分数应为整数')
    .min(0, '分数不小于0')
    .max(100, '分数不超过100'),
});

export const ZRateInput = z.strictObject({
  eventId: ZId,
  rating: z
    .number({ error: '请选择满意程度' })
    .int('请选择满意程度')
    .min(1, '请选择满意程度')
    .max(5, '请选择满意程度'),
});

export const ZSchemeView = z.object({
  scheme: ZStarScheme,
  /** When the bureau last changed it; missing while the default scheme applies. */
  updatedAt: ZEpochMs.optional(),
});

/** The `gridpoints` function: the star-rated grids' points ledger, its scheme, the ranking and the figures. */
export const gridpointsContract = {
  mine: defineAction({
    summary: '网格员查看本网格某月（默认本月）的每一笔积分及原因、星级，以及往月的积分',
    audience: ['grid_worker'],
    input: ZMineInput,
    output: ZGridLedger,
    errors: ['NOT_FOUND'],
  }),
  ledger: defineAction({
    summary: '管理员查看范围内某网格某月的积分明细；网格员只能看自己的网格',
    audience: ['admin', 'grid_worker'],
    input: ZLedgerInput,
    output: ZGridLedger,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  ranking: defineAction({
    summary: '管理员查看范围内各网格某月的积分和星级排名（同分同名次）',
    audience: ['admin'],
    input: ZMonthInScopeInput,
    output: z.object({
      month: ZMonth,
      scopeName: z.string(),
      thresholds: z.array(z.number()),
      items: z.array(ZGridRank),
    }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  figures: defineAction({
    summary:
      '管理员查看范围内某月网格事件的数字：上报、立案、派遣、应结案、结案、按期结案，结案率和按期结案率，按类型、网格、村（社区）、处置单位',
    audience: ['admin'],
    input: ZMonthInScopeInput,
    output: ZGridFigures,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  handScore: defineAction({
    summary: '管理员给范围内某网格某月的人工考核项目打分（如党支部建设）；再次打分替换上次的分数',
    audience: ['admin'],
    input: ZHandScoreInput,
    output: ZGridMonth,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  scheme: defineAction({
    summary: '查看星级网格评定办法：各项分值、一到五星分数线、人工考核项目',
    audience: ['admin', 'grid_worker'],
    input: z.strictObject({}),
    output: ZSchemeView,
    errors: [],
  }),
  saveScheme: defineAction({
    summary: '县司法局管理员修改星级网格评定办法（记入操作日志）；新分值用于此后的积分，分数线立即用于星级',
    audience: ['admin'],
    input: z.strictObject({ scheme: ZStarScheme }),
    output: ZSchemeView,
    errors: ['FORBIDDEN'],
  }),
  rate: defineAction({
    summary: '上报事件的居民或本村（社区）居民对已办结的事件评价满意程度（1到5星），每件事件只评一次',
    audience: everyRole,
    input: ZRateInput,
    output: z.object({ rating: z.number().int() }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  }),
};
