import type { FollowUp } from '@contracts/case/models';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty } from '@/components/StatusBlock';
import { dayLabel } from '@/services/time';

/** Follow-up visits to make: the due ones first and marked, each opening its case. */
export function FollowUpList({ items }: { items: FollowUp[] }) {
  if (items.length === 0) return <Empty text="没有待做的回访" />;
  return (
    <View>
      {items.map((f) => (
        <View
          key={f.id}
          className="case-card card"
          onClick={() => Taro.navigateTo({ url: `/package-mediator/pages/case/index?id=${f.caseId}` })}
        >
          <View className="case-card__head">
            <Text className="case-card__type">{`第${f.days}天回访`}</Text>
            <Text className={`case-card__state case-card__state--${f.due ? 'wait' : 'off'}`}>
              {f.due ? '该回访了' : `${dayLabel(f.dueAt)}到期`}
            </Text>
          </View>
          <Text className="case-card__line">{f.parties}</Text>
          <Text className="case-card__no">{`案件编号 ${f.caseNumber}`}</Text>
        </View>
      ))}
    </View>
  );
}
