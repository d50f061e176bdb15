import type { CaseSummary } from '@contracts/case/models';
import { placeLabels } from '@contracts/plain/booking';
import { Text, View } from '@tarojs/components';
import { whenLabel } from '@/services/time';
import './index.scss';

const tone: Record<string, string> = {
  submitted: 'wait',
  accepted: 'wait',
  scheduled: 'go',
  in_mediation: 'go',
  mediated_success: 'ok',
  mediation_failed: 'off',
  withdrawn: 'off',
  closed: 'off',
};

/** One case in a list: number, status, when and where, and the next step in one sentence. */
export function CaseCard({
  item,
  onOpen,
  showResident,
}: {
  item: CaseSummary;
  onOpen: () => void;
  showResident?: boolean;
}) {
  const b = item.booking;
  return (
    <View className="case-card card" onClick={onOpen}>
      <View className="case-card__head">
        <Text className="case-card__type">{`${item.disputeType}纠纷`}</Text>
        <Text className={`case-card__state case-card__state--${tone[item.state] ?? 'wait'}`}>
          {item.stateLabel}
        </Text>
      </View>
      <Text className="case-card__line">
        {showResident ? `${item.residentName} 与 ${item.otherPartyName}` : `调解员：${item.mediator.name}`}
      </Text>
      {b.startAt !== undefined && b.status !== 'cancelled' && b.status !== 'declined' && (
        <Text className="case-card__line">{`${whenLabel(b.startAt)} · ${placeLabels[b.place]}`}</Text>
      )}
      <Text className="case-card__next">{item.nextStep}</Text>
      {item.repeatOf.length > 0 && (
        <Text className="case-card__flag">{`回头案：曾有 ${item.repeatOf.join('、')}`}</Text>
      )}
      <Text className="case-card__no">{`案件编号 ${item.caseNumber}`}</Text>
    </View>
  );
}
