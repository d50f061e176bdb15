import type { Role } from '@contracts/models';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.scss';

type StaffRole = Exclude<Role, 'resident'>;

interface Door {
  label: string;
  url: string;
}

/** The x+N team's doors: the legal adviser and the local figure do the same work at different rhythms. */
const teamDoors: Door[] = [
  { label: '进村签到', url: '/package-team/pages/checkin/index' },
  { label: '我的台账', url: '/package-team/pages/ledger/index' },
];

/** Each staff role's own work, the first door being what they open most. */
const work: Record<StaffRole, { title: string; text: string; doors: Door[] }> = {
  mediator: {
    title: '调解员工作台',
    text: '回复居民的咨询，确认预约，办理调解案件。',
    doors: [
      { label: '工作台（上线、常用语）', url: '/package-mediator/pages/workbench/index' },
      { label: '预约与案件', url: '/package-mediator/pages/cases/index' },
      { label: '我的调解时间', url: '/package-mediator/pages/availability/index' },
    ],
  },
  legal_aid_officer: {
    title: '法律援助审查',
    text: '审查居民提交的法律援助申请，7日内作出决定。',
    doors: [{ label: '打开审查队列', url: '/package-legal-aid/pages/queue/index' }],
  },
  admin: {
    title: '管理后台',
    text: '用户与角色、调解员、公告、统计和操作记录。',
    doors: [
      { label: '打开管理后台', url: '/package-admin/pages/console/index' },
      { label: '预约与案件', url: '/package-mediator/pages/cases/index' },
      { label: '公告管理', url: '/package-admin/pages/notices/index' },
      { label: '统计报表', url: '/package-admin/pages/stats/index' },
    ],
  },
  legal_adviser: {
    title: '驻村法律服务',
    text: '进村签到签退，记录排查、咨询、调解、宣传和讲座，查看“四个至少”完成情况。',
    doors: teamDoors,
  },
  local_figure: {
    title: '驻村法律服务',
    text: '每周进村签到签退，记录排查、调解、宣传和讲座，查看“四个至少”完成情况。',
    doors: teamDoors,
  },
  grid_worker: {
    title: '网格工作',
    text: '巡查上报矛盾纠纷和安全隐患，核查处置结果，查看网格积分。',
    doors: [
      { label: '上报事件', url: '/package-grid/pages/report/index' },
      { label: '我上报的事件', url: '/package-grid/pages/events/index' },
      { label: '我的积分', url: '/package-grid/pages/points/index' },
    ],
  },
  unit_staff: {
    title: '事件办理',
    text: '办理街道派遣给本单位的事件，按时回复处置结果。',
    doors: [{ label: '待办事件', url: '/package-grid/pages/events/index' }],
  },
};
export const isStaff = (role: Role): role is StaffRole => role !== 'resident';

/** The doors to a staff member's own work, on 首页 and the work tab; residents never see it. */
export function StaffWork({ role }: { role: StaffRole }) {
  const { title, text, doors } = work[role];
  return (
    <View className="staff-work card">
      <Text className="staff-work__title">{title}</Text>
      <Text className="muted">{text}</Text>
      {doors.map((d, i) => (
        <Button
          key={d.url}
          className={`btn btn--block ${i === 0 ? 'btn--primary' : 'btn--plain'}`}
          onClick={() => Taro.navigateTo({ url: d.url })}
        >
          {d.label}
        </Button>
      ))}
    </View>
  );
}
