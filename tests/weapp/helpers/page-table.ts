import type { PageCase } from './every-page';
import { agreement, heldText } from './page-fixture';

/**
 * Every page of app.json, the role that uses it, what it is opened with and what it must show: data from the
 * local cloud (demo data and tests/weapp/helpers/page-fixture.ts) and the page's own words.
 */
export const everyPage: Record<string, PageCase> = {
  'pages/home/index': {
    role: 'resident',
    shows: () => [
      '东山村人民调解室开放时间调整',
      '在线咨询',
      '预约调解',
      '法律援助',
      '张桂兰',
      '刘德明',
      /在线|离线/,
    ],
  },
  'pages/consult/index': {
    role: 'resident',
    shows: () => ['我要咨询', '我的咨询', '调解员 张桂兰', '老二家这半年一直不肯接老人过去住'],
  },
  'pages/mine/index': {
    role: 'resident',
    shows: () => ['李大爷', '138****5678', '东山村', '大字模式', '我的调解案件'],
  },
  'package-info/pages/mediators/index': {
    role: 'resident',
    shows: () => ['张桂兰', '金牌调解员', '服务区域：东山村、西岭村', '陈志强', '离线'],
  },
  'package-info/pages/notices/index': {
    role: 'resident',
    shows: () => ['东山村人民调解室开放时间调整'],
  },
  'package-info/pages/notice-detail/index': {
    role: 'resident',
    query: (f) => ({ id: f.noticeId }),
    shows: () => ['东山村人民调解室开放时间调整', '每周六上午8:30-11:30开放现场调解', '有新公告时提醒我'],
  },
  'package-info/pages/village/index': {
    role: 'resident',
    shows: () => ['您住在哪个村（社区）？', '请选择镇（街道）', '请先选择村（社区）'],
  },
  'package-info/pages/privacy/index': {
    role: 'resident',
    shows: () => ['隐私保护说明', '我们会用到的手机功能', '相机和相册', '剪切板', '拨打电话', '同意并继续'],
  },
  'pages/consult-new/index': {
    role: 'resident',
    shows: () => ['遇到的是哪类事？', '想问哪位调解员？', '张桂兰 在线', '提交咨询'],
  },
  'pages/chat/index': {
    role: 'resident',
    query: (f) => ({ id: f.consultationId }),
    shows: () => ['调解员 张桂兰', '老二家这半年一直不肯接老人过去住', '已送达', '发送'],
  },
  'package-mediator/pages/workbench/index': {
    role: 'mediator',
    shows: () => ['张桂兰', '待我回复', '李大爷', '老二家这半年一直不肯接老人过去住'],
  },
  'package-mediator/pages/chat/index': {
    role: 'mediator',
    query: (f) => ({ id: f.consultationId }),
    shows: () => ['李大爷（东山村）', '老二家这半年一直不肯接老人过去住', '私人备注', '结束咨询'],
  },
  'package-mediator/pages/quick-replies/index': {
    role: 'mediator',
    shows: () => ['添加常用语', '您好，我是调解员，您的情况我看到了'],
  },
  'package-mediator/pages/cases/index': {
    role: 'mediator',
    shows: () => ['设置我的调解时间', '待确认', '已办结', '没有待确认的预约'],
  },
  'package-mediator/pages/case/index': {
    role: 'mediator',
    query: (f) => ({ id: f.caseId }),
    shows: (f) => [
      f.caseNumber,
      '调解成功',
      '138****5678',
      '王五（邻居，东山村）',
      '第7天回访',
      '结案',
      '上报信息',
      '保存上报信息',
    ],
  },
  'package-mediator/pages/availability/index': {
    role: 'mediator',
    shows: () => ['每周哪些时间可以调解', '每次调解多长时间（分钟）', '休息日（请假、节假日）', '保存'],
  },
  'package-admin/pages/console/index': {
    role: 'admin',
    shows: () => ['公告管理', '用户与角色', '王建国（司法所）', '李秀英（法援中心）', '法援工作人员'],
  },
  'package-admin/pages/notices/index': {
    role: 'admin',
    shows: () => ['写公告', '东山村人民调解室开放时间调整', '赡养老人是子女的法定义务', '已发布'],
  },
  'package-admin/pages/notice-edit/index': {
    role: 'admin',
    query: (f) => ({ id: f.noticeId }),
    shows: () => ['已发布', '预览', '保存修改（居民立即看到）', '撤回公告'],
  },
  'package-admin/pages/mediators/index': {
    role: 'admin',
    shows: () => ['添加调解员', '张桂兰 · 金牌调解员', '接待中 1/5 件', '停用'],
  },
  'package-admin/pages/stats/index': {
    role: 'admin',
    shows: () => [
      // The consultation, both cases and the grid worker's patrol dispute; both cases ended in agreement.
      '排查纠纷4件',
      '调解成功2件',
      '调解成功率100%',
      '法律援助申请审查中1件',
      '人民调解案件统计表',
      '协议金额（元）',
      '3,000',
      '导出 Excel 表格',
    ],
  },
  'package-admin/pages/warnings/index': {
    role: 'admin',
    shows: (f) => [
      '待处置',
      '橙色预警',
      `案件 ${f.caseNumber}（李大爷） ›`,
      '涉及60人（达到50人）',
      '已知悉',
      '登记处置',
    ],
  },
  'package-grid/pages/points/index': {
    role: 'grid',
    shows: () => ['东山村第一网格', '8分', '考核评分', '党支部建设考核得8分（满分10分）', '积分怎么算'],
  },
  'package-grid/pages/ranking/index': {
    role: 'admin',
    shows: () => ['清溪县', '结案率', '按期结案率', '星级排名', '东山村第一网格', '网格员 冯小燕（网格员）'],
  },
  'package-admin/pages/audit/index': {
    role: 'admin',
    shows: (f) => [
      '提交法律援助申请',
      `法律援助申请 ${f.applicationNumber}`,
      '案件：调解成功',
      `张桂兰（调解员） · 案件 ${f.caseNumber}（李大爷）`,
    ],
  },
  'package-admin/pages/held/index': {
    role: 'admin',
    shows: () => ['待审核', '已驳回', heldText],
  },
  'package-admin/pages/areas/index': {
    role: 'admin',
    shows: () => ['清溪县', '城关镇', '南湖镇', '添加镇（街道）', '修改清溪县'],
  },
  'package-case/pages/booking/index': {
    role: 'resident',
    shows: () => ['第一步：说说纠纷', '纠纷类型', '对方姓名', '下一步：选时间'],
  },
  'package-case/pages/cases/index': {
    role: 'resident',
    shows: (f) => [f.caseNumber, '邻里纠纷', '调解成功', '调解员：张桂兰'],
  },
  'package-case/pages/case/index': {
    role: 'resident',
    query: (f) => ({ id: f.caseId }),
    shows: (f) => [f.caseNumber, '王五（邻居，东山村）', '查看调解协议书', '调解成功，达成协议2条'],
  },
  'package-case/pages/agreement/index': {
    role: 'resident',
    query: (f) => ({ id: f.caseId }),
    shows: (f) => [
      '人民调解协议书',
      `编号：${f.caseNumber}`,
      agreement.facts,
      agreement.terms[0] as string,
      agreement.performance,
    ],
  },
  'package-case/pages/invite/index': {
    role: 'resident',
    query: (f) => ({ token: f.inviteToken }),
    shows: () => ['调解邀请', '李大爷 申请了人民调解（邻里）', '张桂兰', '我会参加', '我去不了'],
  },
  'package-case/pages/party/index': {
    role: 'resident',
    query: (f) => ({ id: f.partyCaseId }),
    shows: () => [
      '调解成功',
      '赵四（邻里纠纷）',
      '张桂兰',
      '请阅读协议全文，确认无误后签名',
      '阅读协议并签名',
    ],
  },
  'package-case/pages/sign/index': {
    role: 'resident',
    query: (f) => ({ id: f.caseId }),
    shows: () => [
      '人民调解协议书',
      agreement.facts,
      '双方都还没有签名',
      '请在下面方框里手写签名',
      '确认签名',
    ],
  },
  'package-case/pages/judicial/index': {
    role: 'resident',
    query: (f) => ({ id: f.caseId }),
    shows: () => ['协议经双方签名生效后，才能申请司法确认。'],
  },
  'package-case/pages/code/index': {
    role: 'resident',
    shows: () => ['二维码无效，请重新扫码'],
  },
  'package-case/pages/case-code/index': {
    role: 'resident',
    query: (f) => ({ id: f.caseId }),
    shows: () => ['案件码', '请调解员或网格员扫一扫这个码'],
  },
  'package-info/pages/verify/index': {
    role: 'resident',
    shows: () => ['协议书核验', '核验码', '查询记录', '选择收到的协议书文件核验'],
  },
  'package-legal-aid/pages/start/index': {
    role: 'resident',
    shows: (f) => ['法律援助', '先测一测能不能申请', f.applicationNumber, '审查中'],
  },
  'package-legal-aid/pages/precheck/index': {
    role: 'resident',
    shows: () => ['第 1 步，共 4 步', '您遇到的是什么事？', '请求确认劳动关系或支付劳动报酬（讨薪）'],
  },
  'package-legal-aid/pages/apply/index': {
    role: 'resident',
    shows: () => ['您叫什么名字？', '和身份证上一样', '下一步'],
  },
  'package-legal-aid/pages/detail/index': {
    role: 'resident',
    query: (f) => ({ id: f.applicationId }),
    shows: (f) => [f.applicationNumber, '审查中', '收到申请7日内会有结果', '提交申请'],
  },
  'package-legal-aid/pages/queue/index': {
    role: 'officer',
    shows: (f) => [f.applicationNumber, '李**', '3201**********1234', '东山村', '未分配'],
  },
  'package-legal-aid/pages/review/index': {
    role: 'officer',
    query: (f) => ({ id: f.applicationId }),
    shows: () => ['申请人（已打码）', '李**', '138****5678', '审查决定', '提交决定并通知申请人'],
  },
  'package-team/pages/checkin/index': {
    role: 'adviser',
    shows: () => ['签到前请您同意', '位置信息', '只能现场拍', '同意并继续'],
  },
  'package-team/pages/visit/index': {
    role: 'adviser',
    shows: () => ['东山村 走访记录', '法治讲座', '民法典进农家', '参加 28 人', '保存这条记录', '去签退'],
  },
  'package-team/pages/compliance/index': {
    role: 'admin',
    shows: () => ['“四个至少”完成情况', '吴律师', '郑老师', '城关镇 · 东山村', '导出 Excel 表格'],
  },
  'package-team/pages/review/index': {
    role: 'admin',
    shows: () => ['需要复核的签到', '吴律师', '完成本月审核并封存'],
  },
  'package-team/pages/appoint/index': {
    role: 'admin',
    shows: () => ['任命谁', '法律顾问', '新乡贤', '城关镇 东山村', '南湖镇 北坡村'],
  },
  'package-team/pages/ledger/index': {
    role: 'adviser',
    shows: () => [
      '我的“四个至少”',
      '东山村',
      '西岭村',
      '法治讲座',
      '本月工作日志',
      '民法典进农家',
      '导出工作日志和台账（Word）',
    ],
  },
  'package-grid/pages/report/index': {
    role: 'grid',
    shows: () => ['1. 先拍现场照片', '2. 是什么事？', '矛盾纠纷', '4. 在哪里', '重新定位', '上报'],
  },
  'package-grid/pages/events/index': {
    role: 'admin',
    shows: (f) => ['待受理和派遣', '村口两户人家因排水沟堵塞吵起来了', '已受理', f.gridEventNumber],
  },
  'package-grid/pages/event/index': {
    role: 'admin',
    query: (f) => ({ id: f.gridEventId }),
    shows: (f) => [f.gridEventNumber, '已受理', '派遣给处置单位', '办理经过', '冯小燕', '东山村第一网格'],
  },
};
