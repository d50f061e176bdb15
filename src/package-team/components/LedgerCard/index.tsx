import type { VillageLedger } from '@contracts/team/ledger';
import { Text, View } from '@tarojs/components';
import './index.scss';

/** One village's "four at least" for a period: each item with its count, met (✓) or still to do. */
export function LedgerCard({ ledger }: { ledger: VillageLedger }) {
  return (
    <View className="card ledger-card">
      <View className="ledger-card__head">
        <Text className="section__title">{ledger.villageName}</Text>
        <Text className={ledger.met ? 'ledger-card__ok' : 'ledger-card__due'}>
          {ledger.met ? '已全部完成' : ledger.daysLeft > 0 ? `还剩${ledger.daysLeft}天` : '未完成'}
        </Text>
      </View>
      {ledger.lines.map((line) => (
        <View key={line.item} className="ledger-card__line">
          <Text className={line.met ? 'ledger-card__ok' : 'ledger-card__due'}>{line.met ? '✓' : '○'}</Text>
          <Text className="ledger-card__label">{line.label}</Text>
          <Text className="muted">
            {line.count}/{line.atLeast}次
          </Text>
        </View>
      ))}
      {!ledger.met && <Text className="ledger-card__missing">还差：{ledger.missing.join('、')}</Text>}
    </View>
  );
}
