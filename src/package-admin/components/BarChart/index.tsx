import { Text, View } from '@tarojs/components';
import './index.scss';

export interface Bar {
  label: string;
  value: number;
  /** A second, overlaid value (e.g. mediated successfully of mediated), drawn darker. */
  inner?: number;
}

/**
 * Horizontal bars of plain Views (about 1 KB, against half a megabyte for a chart library): one row per
 * label, the longest bar full width, the figure written beside it so nobody has to read a scale.
 */
export function BarChart({ bars, unit = '件' }: { bars: Bar[]; unit?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <View className="bars">
      {bars.map((b) => (
        <View key={b.label} className="bars__row">
          <Text className="bars__label">{b.label}</Text>
          <View className="bars__track">
            <View className="bars__bar" style={{ width: `${(b.value / max) * 100}%` }}>
              {b.inner !== undefined && b.value > 0 && (
                <View className="bars__inner" style={{ width: `${(b.inner / b.value) * 100}%` }} />
              )}
            </View>
          </View>
          <Text className="bars__value">
            {b.inner !== undefined ? `${b.inner}/` : ''}
            {b.value}
            {unit}
          </Text>
        </View>
      ))}
    </View>
  );
}
