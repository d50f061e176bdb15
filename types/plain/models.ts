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

/** The dispute types the county justice bureau reports by; also the mediators' specialties. */
export const disputeTypes = ['婚姻家庭', '赡养', '邻里', '房屋宅基地', '土地承包', '劳动', '其他'] as const;
export type DisputeType = (typeof disputeTypes)[number];

export const noticeCategories = ['便民服务', '法治宣传', '工作动态', '通知公告'] as const;
export type NoticeCategory = (typeof noticeCategories)[number];

/** The earliest time any contract accepts: 2000-01-01 UTC, before any record this office keeps. */
export const MIN_EPOCH_MS = Date.UTC(2000, 0, 1);
/** The latest time any contract accepts: 2100-01-01 UTC, so a date cannot make a loop or a sort run away. */
export const MAX_EPOCH_MS = Date.UTC(2100, 0, 1);
