import type { Income } from '@contracts/legal-aid/form';
import { Input, Text, View } from '@tarojs/components';

const sources: Array<{ key: keyof Income; label: string }> = [
  { key: 'wages', label: '打工、上班工资' },
  { key: 'business', label: '种地、做生意' },
  { key: 'pension', label: '养老金、低保、补贴' },
  { key: 'other', label: '其他（子女给的等）' },
];

/** Household income by source, in yuan per month, with the total shown as they type. */
export function IncomeInputs({
  income,
  onChange,
}: {
  income: Partial<Income>;
  onChange: (next: Partial<Income>) => void;
}) {
  const total = sources.reduce((sum, s) => sum + (income[s.key] ?? 0), 0);
  return (
    <View>
      {sources.map((s) => (
        <View key={s.key} className="income-row">
          <Text className="income-row__label">{s.label}</Text>
          <Input
            className="answer income-row__input"
            type="number"
            value={income[s.key] === undefined ? '' : String(income[s.key])}
            placeholder="0"
            onInput={(e) => onChange({ ...income, [s.key]: Number(e.detail.value) || 0 })}
          />
          <Text className="income-row__unit">元</Text>
        </View>
      ))}
      <Text className="income-total">合计每月 {total} 元</Text>
    </View>
  );
}
