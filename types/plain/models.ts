/**
 * Who someone is in the palm mediation room. Every action declares which of these may call it; a new
 * user starts as a resident and only an admin changes a role.
 */
export const roles = [
  'resident',
  'mediator',
  'legal_aid_officer',
  'admin',
  'legal_adviser',
  'local_figure',
  'grid_worker',
  'unit_staff',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  resident: '居民',
  mediator: '调解员',
  legal_aid_officer: '法援工作人员',
  admin: '管理员',
  legal_adviser: '法律顾问',
  local_figure: '新乡贤',
  grid_worker: '网格员',
  unit_staff: '处置单位工作人员',
};

/**
 * The members of a village's "x+N" legal service team who visit and check in (issue 13): the legal
 * adviser monthly, the local figure weekly. Judicial office staff are admins scoped to their town.
 */
export const teamRoles = ['legal_adviser', 'local_figure'] as const satisfies readonly Role[];

/** Every registered user, whatever their role: for one's own profile and other actions open to all. */
export const everyRole: readonly Role[] = roles;

/**
 * The dispute types of the Ministry of Justice's people's-mediation statistics, in the order of its report
 * table: the bureau reports by exactly these, so cases, consultations and the mediators' specialties use them.
 */
export const disputeTypes = [
  '婚姻家庭',
  '邻里',
  '房屋宅基地',
  '合同',
  '生产经营',
  '损害赔偿',
  '山林土地',
  '征地拆迁',
  '环境污染',
  '劳动争议',
  '消费',
  '医疗',
  '道路交通事故',
  '物业',
  '其他',
] as const;
export type DisputeType = (typeof disputeTypes)[number];

/**
 * The types stored before the national list, and the national type each became (scripts/migrate-categories.ts):
 * 赡养 is a family matter, 土地承包 a land one, 劳动 the ministry's 劳动争议.
 */
export const legacyDisputeTypes: Record<string, DisputeType> = {
  赡养: '婚姻家庭',
  土地承包: '山林土地',
  劳动: '劳动争议',
};

export const noticeCategories = ['便民服务', '法治宣传', '工作动态', '通知公告'] as const;
export type NoticeCategory = (typeof noticeCategories)[number];

/** The earliest time any contract accepts: 2000-01-01 UTC, before any record this office keeps. */
export const MIN_EPOCH_MS = Date.UTC(2000, 0, 1);
/** The latest time any contract accepts: 2100-01-01 UTC, so a date cannot make a loop or a sort run away. */
export const MAX_EPOCH_MS = Date.UTC(2100, 0, 1);
