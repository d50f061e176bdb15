import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props<T extends string> {
  options: readonly T[];
  labels?: Partial<Record<T, string>>;
  /** The chosen options: one for a single choice, any number for a multiple one. */
  value: readonly T[];
  onToggle: (option: T) => void;
}

/** Wrapping choices for forms (a category, a set of specialties), large enough for any finger. */
export function ChoiceChips<T extends string>({ options, labels, value, onToggle }: Props<T>) {
  return (
    <View className="choices">
      {options.map((o) => (
        <View
          key={o}
          className={`choice${value.includes(o) ? ' choice--on' : ''}`}
          onClick={() => onToggle(o)}
        >
          <Text>{labels?.[o] ?? o}</Text>
        </View>
      ))}
    </View>
  );
}
