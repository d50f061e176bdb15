import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { useSubscribeTemplates } from '@/hooks/useSubscribeTemplates';
import { askForNoticeReminder } from '@/services/notice-subscribe';
import './index.scss';

/**
 * 有新公告时提醒我: one tap asks WeChat for one reminder (a one-time permission is good for one message);
 * after the next notice the resident may tap again.
 */
export function RemindMe() {
  const [state, setState] = useState<'idle' | 'on' | 'off'>('idle');
  const { busy, run } = useSubmit();
  useSubscribeTemplates();
  const ask = () =>
    run(async () => {
      try {
        setState((await askForNoticeReminder()) ? 'on' : 'off');
      } catch {
        setState('off');
      }
    });
  return (
    <View className="remind-me">
      {state === 'on' ? (
        <Text className="remind-me__done">好的，下次发布新公告时会提醒您一次</Text>
      ) : (
        <SubmitButton busy={busy} kind="plain" busyText="有新公告时提醒我" onClick={ask}>
          有新公告时提醒我
        </SubmitButton>
      )}
      {state === 'off' && <Text className="muted">没有开启提醒，可以稍后再点一次</Text>}
    </View>
  );
}
