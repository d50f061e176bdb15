import { ZDashboard, ZStatsInput } from '../admin/stats';
import { defineAction } from '../contract';
import { ZDocumentFile } from '../documents';

/** The `stats` function: the bureau's mediation figures for a period and area. */
export const statsContract = {
  dashboard: defineAction({
    summary:
      '管理员查看自己范围内（司法所看本镇，县局看全县）的统计：排查、预防、调解、调解成功、成功率，按纠纷类型、村（社区）、月份，法律援助结果，及月报文字',
    audience: ['admin'],
    input: ZStatsInput,
    output: ZDashboard,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
  exportXlsx: defineAction({
    summary: '管理员导出统计表（Excel 文件 统计-时段.xlsx，手机上在微信中打开），返回一小时内有效的下载地址',
    audience: ['admin'],
    input: ZStatsInput,
    output: ZDocumentFile,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
  exportCsv: defineAction({
    summary:
      '管理员导出统计表（CSV，UTF-8 带 BOM；以 = + - @ 开头的文字前加单引号，不会被当作公式），返回下载地址',
    audience: ['admin'],
    input: ZStatsInput,
    output: ZDocumentFile,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
};
