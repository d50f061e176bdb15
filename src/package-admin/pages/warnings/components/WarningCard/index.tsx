import { type WarningOutcome, warningOutcomeLabels, warningOutcomes } from '@contracts/plain/warning';
import type { Warning } from '@contracts/warning/models';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { whenLabel } from '@/services/time';
import './index.scss';

interface Props {
  w: Warning;
  /** Set while this warning's step is on its way: the buttons wait. */
  busy: boolean;
  onAcknowledge: () => void;
  onHandle: (outcome: WarningOutcome) => void;
}

/** Opens the record behind a warning; a consultation is read in the mediator's chat by its staff. */
const open = (w: Warning) =>
  Taro.navigateTo({
    url:
      w.kind === 'case'
        ? `/package-mediator/pages/case/index?id=${w.subjectId}`
        : `/package-mediator/pages/chat/index?id=${w.subjectId}`,
  });

/** One warning: its level, what it concerns, every reason in words, who did what, and the next step. */
export function WarningCard({ w, busy, onAcknowledge, onHandle }: Props) {
  const chooseOutcome = () =>
    Taro.showActionSheet({ itemList: warningOutcomes.map((o) => warningOutcomeLabels[o]) }).then(
      (res) => onHandle(warningOutcomes[res.tapIndex] as WarningOutcome),
      () => undefined,
    );
  const active = w.status === 'open' || w.status === 'acknowledged';
  return (
    <View className={`warning-card card warning-card--${w.level}`}>
      <View className="warning-card__head">
        <Text className={`warning-card__level warning-card__level--${w.level}`}>{w.levelLabel}</Text>
        <Text className="warning-card__status">{w.statusLabel}</Text>
      </View>
      <Text className="warning-card__subject" onClick={() => open(w)}>
        {w.subject} ›
      </Text>
      <Text className="warning-card__meta">
        {[w.disputeType, w.village, `预警于 ${whenLabel(w.raisedAt)}`].filter(Boolean).join(' · ')}
      </Text>
      <View className="warning-card__reasons">
        {w.reasons.map((r) => (
          <Text key={`${r.rule}-${r.text}`} className="warning-card__reason">
            {r.text}
          </Text>
        ))}
      </View>
      {w.acknowledged && (
        <Text className="warning-card__meta">{`${w.acknowledged.by} 已知悉 · ${whenLabel(w.acknowledged.at)}`}</Text>
      )}
      {w.handled && (
        <Text className="warning-card__meta">
          {`${w.handled.by}：${w.handled.outcomeLabel} · ${whenLabel(w.handled.at)}`}
        </Text>
      )}
      {active && (
        <View className="warning-card__actions">
          {w.status === 'open' && (
            <Button className="btn btn--plain" disabled={busy || undefined} onClick={onAcknowledge}>
              已知悉
            </Button>
          )}
          <Button className="btn btn--primary" disabled={busy || undefined} onClick={chooseOutcome}>
            登记处置
          </Button>
        </View>
      )}
    </View>
  );
}
