import type { StatsFigures } from '@contracts/admin/stats';
import { Text, View } from '@tarojs/components';
import './index.scss';

/** The five figures the bureau reports, large, in the order of its monthly report. */
export function Figures({ figures }: { figures: StatsFigures }) {
  const items = [
    { label: '排查纠纷', value: `${figures.screened}`, unit: '件' },
    { label: '预防纠纷', value: `${figures.prevented}`, unit: '件' },
    { label: '调解纠纷', value: `${figures.mediated}`, unit: '件' },
    { label: '调解成功', value: `${figures.succeeded}`, unit: '件' },
    // No mediation yet has no rate: 0% would read as every mediation failing.
    figures.mediated > 0
      ? { label: '调解成功率', value: `${figures.successRate}`, unit: '%' }
      : { label: '调解成功率', value: '—', unit: '' },
  ];
  return (
    <View className="figures">
      {items.map((f) => (
        <View key={f.label} className="figures__item card">
          <Text className="figures__label">{f.label}</Text>
          <View>
            <Text className="figures__value">{f.value}</Text>
            <Text className="figures__unit">{f.unit}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
