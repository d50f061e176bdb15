import { ScrollView, Text, View } from '@tarojs/components';
import './index.scss';

interface Props<T extends string> {
  options: readonly T[];
  labels?: Partial<Record<T, string>>;
  value: T | undefined;
  /** `undefined` means 全部. */
  onChange: (value: T | undefined) => void;
}

/** A row of large, horizontally scrolling choices with 全部 first. */
export function FilterChips<T extends string>({ options, labels, value, onChange }: Props<T>) {
  const chip = (key: string, label: string, active: boolean, next: T | undefined) => (
    <View key={key} className={`chip${active ? ' chip--active' : ''}`} onClick={() => onChange(next)}>
      <Text>{label}</Text>
    </View>
  );
  return (
    <ScrollView scrollX className="chips" enableFlex>
      <View className="chips__row">
        {chip('all', '全部', value === undefined, undefined)}
        {options.map((o) => chip(o, labels?.[o] ?? o, value === o, o))}
      </View>
    </ScrollView>
  );
}
