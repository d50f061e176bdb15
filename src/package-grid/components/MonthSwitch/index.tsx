import { Button, Text, View } from '@tarojs/components';
import { monthLabel, shiftMonth, thisMonth } from '../../month';
import './index.scss';

/** 上个月 · 2026年3月 · 下个月, large enough for a thumb; no month after this one. */
export function MonthSwitch({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const latest = month >= thisMonth();
  return (
    <View className="month-switch">
      <Button className="btn btn--plain month-switch__btn" onClick={() => onChange(shiftMonth(month, -1))}>
        上个月
      </Button>
      <Text className="month-switch__label">{monthLabel(month)}</Text>
      <Button
        className="btn btn--plain month-switch__btn"
        // Taro h5 writes disabled="false" as an attribute, so only the last month gets one.
        disabled={latest || undefined}
        onClick={() => onChange(shiftMonth(month, 1))}
      >
        下个月
      </Button>
    </View>
  );
}
