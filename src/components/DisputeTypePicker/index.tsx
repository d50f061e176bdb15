import { type DisputeType, disputeTypes } from '@contracts/plain/models';
import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  value: DisputeType | undefined;
  onChange: (value: DisputeType) => void;
}

/**
 * The fifteen national dispute types as a grid of large tiles in the ministry's order: a wrapping row of
 * fifteen pills of different widths is hard to scan for an elderly reader; a grid keeps every choice at the
 * same place and size (three a row, two in 大字模式) with 其他 last.
 */
export function DisputeTypePicker({ value, onChange }: Props) {
  return (
    <View className="type-grid">
      {disputeTypes.map((t) => (
        <View
          key={t}
          className={`type-grid__item${value === t ? ' type-grid__item--on' : ''}`}
          onClick={() => onChange(t)}
        >
          <Text>{t}</Text>
        </View>
      ))}
    </View>
  );
}
