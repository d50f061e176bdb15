import type { Slot, SlotDay } from '@contracts/booking';
import { ScrollView, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { clock } from '@/services/time';
import './index.scss';

interface Props {
  days: SlotDay[];
  value?: number;
  onPick: (slot: Slot) => void;
}

/** Big day buttons in a row, then the free times of the chosen day as big buttons: no tiny calendar. */
export function SlotPicker({ days, value, onPick }: Props) {
  const initial = Math.max(
    0,
    days.findIndex((d) => d.slots.some((s) => s.startAt === value)),
  );
  const [dayIndex, setDayIndex] = useState(initial);
  const day = days[dayIndex];
  if (!day) return <Text className="muted">最近两周没有可预约的时间，请换一位调解员或打电话预约</Text>;
  return (
    <View className="slots">
      <ScrollView scrollX className="slots__days" enableFlex>
        <View className="slots__day-row">
          {days.map((d, i) => (
            <View
              key={d.date}
              className={`slots__day${i === dayIndex ? ' slots__day--on' : ''}`}
              onClick={() => setDayIndex(i)}
            >
              <Text className="slots__day-date">{d.label.split(' ')[0]}</Text>
              <Text className="slots__day-week">{d.label.split(' ')[1]}</Text>
            </View>
          ))}
        </View>
      </ScrollView>
      <View className="slots__grid">
        {day.slots.map((s) => (
          <View
            key={s.startAt}
            className={`slots__time${s.startAt === value ? ' slots__time--on' : ''}`}
            onClick={() => onPick(s)}
          >
            <Text>{`${clock(s.startAt)}-${clock(s.endAt)}`}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
