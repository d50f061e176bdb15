import { Picker, Switch, Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import './index.scss';

interface Props {
  officialAccount: boolean;
  busy: boolean;
  onPublish: (options: { at?: number; toOfficialAccount: boolean; pushSubscribers: boolean }) => void;
}

/** Publish now or at a chosen time, and (when an account is linked) also to the official account. */
export function PublishPanel({ officialAccount, busy, onPublish }: Props) {
  const [toOfficial, setToOfficial] = useState(false);
  const [push, setPush] = useState(false);
  const [scheduled, setScheduled] = useState(false);
  const [date, setDate] = useState(dayjs().add(1, 'day').format('YYYY-MM-DD'));
  const [time, setTime] = useState('09:00');
  const at = scheduled ? dayjs(`${date} ${time}`).valueOf() : undefined;
  return (
    <View className="publish card">
      <Text className="section__title">发布</Text>
      <View className="publish__row">
        <Text>定时发布</Text>
        <Switch checked={scheduled} color="#0f766e" onChange={(e) => setScheduled(e.detail.value)} />
      </View>
      {scheduled && (
        <View className="publish__row">
          <Picker
            mode="date"
            value={date}
            start={dayjs().format('YYYY-MM-DD')}
            onChange={(e) => setDate(e.detail.value)}
          >
            <Text className="publish__pick">{date}</Text>
          </Picker>
          <Picker mode="time" value={time} onChange={(e) => setTime(e.detail.value)}>
            <Text className="publish__pick">{time}</Text>
          </Picker>
        </View>
      )}
      {officialAccount && (
        <View className="publish__row">
          <Text>同时发布到公众号</Text>
          <Switch checked={toOfficial} color="#0f766e" onChange={(e) => setToOfficial(e.detail.value)} />
        </View>
      )}
      <View className="publish__row">
        <Text>提醒订阅了新公告的居民</Text>
        <Switch checked={push} color="#0f766e" onChange={(e) => setPush(e.detail.value)} />
      </View>
      <SubmitButton
        busy={busy}
        busyText="正在发布…"
        onClick={() => onPublish({ at, toOfficialAccount: toOfficial, pushSubscribers: push })}
      >
        {scheduled ? `定时于 ${dayjs(at).format('M月D日 HH:mm')} 发布` : '立即发布'}
      </SubmitButton>
    </View>
  );
}
