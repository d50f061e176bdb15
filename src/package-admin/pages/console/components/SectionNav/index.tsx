import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.scss';

const sections = [
  { title: '公告管理', hint: '写公告、发布、公众号', url: '/package-admin/pages/notices/index' },
  { title: '调解员', hint: '档案、接待量、评分', url: '/package-admin/pages/mediators/index' },
  { title: '矛盾纠纷预警', hint: '红橙黄三级，写明原因', url: '/package-admin/pages/warnings/index' },
  { title: '统计报表', hint: '排查、调解、成功率', url: '/package-admin/pages/stats/index' },
  { title: '网格事件派遣', hint: '受理、派遣、延期审批、督办', url: '/package-grid/pages/events/index' },
  { title: '星级网格', hint: '网格积分排名、结案率', url: '/package-grid/pages/ranking/index' },
  { title: '内容审核', hint: '待审核的文字：通过或驳回', url: '/package-admin/pages/held/index' },
  {
    title: '四个至少',
    hint: '法律服务团队：完成情况、复核、封存',
    url: '/package-team/pages/compliance/index',
  },
  { title: '操作记录', hint: '谁在何时改了什么', url: '/package-admin/pages/audit/index' },
  { title: '区域管理', hint: '镇、村（社区）、网格和边界', url: '/package-admin/pages/areas/index' },
];

/** The console's other sections, as large tiles above the user list. */
export function SectionNav() {
  return (
    <View className="section-nav">
      {sections.map((s) => (
        <View key={s.url} className="section-nav__tile card" onClick={() => Taro.navigateTo({ url: s.url })}>
          <Text className="section-nav__title">{s.title}</Text>
          <Text className="section-nav__hint">{s.hint}</Text>
        </View>
      ))}
    </View>
  );
}
