import type { DisputeType, NoticeCategory, Role } from '@contracts/models';

/**
 * Demo data for the local palm mediation room: one of each role, mediators covering every dispute type
 * the bureau reports, and notices of each category. Openids start with `demo-` so the local sign-in page
 * lists exactly these people. Mediators keep the office hours until they set their own.
 */
export interface DemoUser {
  openid: string;
  role: Role;
  nickname: string;
  village?: string;
  phone?: string;
  /** Staff: the node of the area tree they work in (scripts/seed/demo-areas.ts); none is the county. */
  scopeAreaId?: string;
}

export interface DemoMediator {
  openid: string;
  name: string;
  title: string;
  specialties: DisputeType[];
  areas: string[];
  online: boolean;
}

export interface DemoNotice {
  title: string;
  category: NoticeCategory;
  summary: string;
  body: string;
  daysAgo: number;
}

export const demoMediators: DemoMediator[] = [
  {
    openid: 'demo-mediator-zhang',
    name: '张桂兰',
    title: '金牌调解员',
    specialties: ['婚姻家庭', '损害赔偿'],
    areas: ['东山村', '西岭村'],
    online: true,
  },
  {
    openid: 'demo-mediator-liu',
    name: '刘德明',
    title: '新乡贤',
    specialties: ['邻里', '房屋宅基地', '征地拆迁', '物业'],
    areas: ['东山村'],
    online: true,
  },
  {
    openid: 'demo-mediator-chen',
    name: '陈志强',
    title: '村调委会主任',
    specialties: ['山林土地', '房屋宅基地'],
    areas: ['南湖村', '北坡村'],
    online: false,
  },
  {
    openid: 'demo-mediator-zhao',
    name: '赵敏',
    title: '法律顾问',
    specialties: ['劳动争议', '合同', '消费', '其他'],
    areas: ['城关社区'],
    online: true,
  },
  {
    openid: 'demo-mediator-sun',
    name: '孙建华',
    title: '人民调解员',
    specialties: ['婚姻家庭', '邻里'],
    areas: ['西岭村', '南湖村'],
    online: false,
  },
  {
    openid: 'demo-mediator-zhou',
    name: '周丽',
    title: '人民调解员',
    specialties: ['婚姻家庭', '劳动争议', '医疗'],
    areas: ['城关社区', '北坡村'],
    online: false,
  },
];

export const demoUsers: DemoUser[] = [
  { openid: 'demo-admin', role: 'admin', nickname: '王建国（司法所）', village: '城关镇司法所' },
  {
    openid: 'demo-town-admin',
    role: 'admin',
    nickname: '钱文华（南湖镇司法所）',
    village: '南湖镇司法所',
    scopeAreaId: 'area-nanhu',
  },
  {
    openid: 'demo-adviser',
    role: 'legal_adviser',
    nickname: '吴律师（法律顾问）',
    village: '城关镇',
    scopeAreaId: 'area-chengguan',
  },
  {
    openid: 'demo-figure',
    role: 'local_figure',
    nickname: '郑老师（新乡贤）',
    village: '东山村',
    scopeAreaId: 'area-dongshan',
  },
  {
    openid: 'demo-grid',
    role: 'grid_worker',
    nickname: '冯小燕（网格员）',
    village: '东山村',
    scopeAreaId: 'grid-dongshan-1',
  },
  {
    openid: 'demo-unit',
    role: 'unit_staff',
    nickname: '何主任（城关社区居委会）',
    village: '城关社区',
    scopeAreaId: 'area-chengguan-sq',
  },
  {
    openid: 'demo-officer',
    role: 'legal_aid_officer',
    nickname: '李秀英（法援中心）',
    village: '县法律援助中心',
  },
  { openid: 'demo-resident', role: 'resident', nickname: '李大爷', village: '东山村', phone: '13812345678' },
  ...demoMediators.map((m) => ({
    openid: m.openid,
    role: 'mediator' as const,
    nickname: m.name,
    village: m.areas[0],
  })),
];

export const demoNotices: DemoNotice[] = [
  {
    title: '东山村人民调解室开放时间调整',
    category: '便民服务',
    summary: '自12月起，东山村人民调解室每周六上午也可现场调解。',
    body: '为方便外出务工村民，自12月1日起，东山村人民调解室在周一至周五之外，每周六上午8:30-11:30开放现场调解。需要现场调解的村民可在“掌上调解室”预约，也可直接到村委会二楼调解室。',
    daysAgo: 1,
  },
  {
    title: '农村土地承包纠纷怎么办？一图读懂',
    category: '法治宣传',
    summary: '承包地被占、流转费不给，先协商、再调解，还可申请仲裁。',
    body: '土地承包经营发生纠纷的，双方可以协商解决，也可以请求村民委员会、乡（镇）人民政府等调解解决。当事人不愿协商、调解或者协商、调解不成的，可以向农村土地承包仲裁机构申请仲裁，也可以直接向人民法院起诉。',
    daysAgo: 3,
  },
  {
    title: '城关镇开展“枫桥式”矛盾纠纷排查化解专项行动',
    category: '工作动态',
    summary: '11月共走访农户1,200余户，排查化解各类纠纷36件。',
    body: '城关镇司法所联合各村调委会开展矛盾纠纷排查化解专项行动，坚持“小事不出村、大事不出镇、矛盾不上交”。',
    daysAgo: 6,
  },
  {
    title: '法律援助申请指南',
    category: '通知公告',
    summary: '经济困难的群众可申请免费法律援助，可在小程序内先做自测。',
    body: '因经济困难没有委托代理人的，可以向法律援助机构申请法律援助。老年人、残疾人、农民工讨薪等情形可免予核查经济困难状况。咨询电话：12348。',
    daysAgo: 10,
  },
  {
    title: '赡养老人是子女的法定义务',
    category: '法治宣传',
    summary: '成年子女对父母负有赡养、扶助和保护的义务。',
    body: '《民法典》规定，成年子女对父母负有赡养、扶助和保护的义务。成年子女不履行赡养义务的，缺乏劳动能力或者生活困难的父母，有要求成年子女给付赡养费的权利。',
    daysAgo: 14,
  },
];
