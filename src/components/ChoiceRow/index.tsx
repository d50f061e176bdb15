import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props<T extends string> {
  options: readonly T[];
  labels?: Partial<Record<T, string>>;
  value: T | undefined;
  onChange: (value: T) => void;
}

/** Large wrapping choice buttons, one of which is picked (dispute type, place, outcome). */
export function ChoiceRow<T extends string>({ options, labels, value, onChange }: Props<T>) {
  return (
    <View className="choices">
      {options.map((o) => (
        <View
          key={o}
          className={`choices__item${value === o ? ' choices__item--on' : ''}`}
          onClick={() => onChange(o)}
        >
          <Text>{labels?.[o] ?? o}</Text>
        </View>
      ))}
    </View>
  );
}
