import { z } from 'zod';
import { ZDashboard, ZStatsInput } from '../admin/stats';
import { defineAction } from '../contract';

/** The `stats` function: the bureau's mediation figures for a period and area. */
export const statsContract = {
  dashboard: defineAction({
    summary:
      '管理员查看统计：排查、预防、调解、调解成功、成功率，按纠纷类型、村（社区）、月份，法律援助结果，及月报文字',
    audience: ['admin'],
    input: ZStatsInput,
    output: ZDashboard,
    errors: ['FORBIDDEN'],
  }),
  exportCsv: defineAction({
    summary: '管理员导出统计表（CSV，UTF-8 带 BOM，Excel 可直接打开），返回临时下载地址',
    audience: ['admin'],
    input: ZStatsInput,
    output: z.object({ url: z.string(), filename: z.string() }),
    errors: ['FORBIDDEN'],
  }),
};
