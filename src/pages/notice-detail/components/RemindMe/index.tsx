import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useSubscribeTemplates } from '@/hooks/useSubscribeTemplates';
import { askForNoticeReminder } from '@/services/notice-subscribe';
import './index.scss';

/**
 * 有新公告时提醒我: one tap asks WeChat for one reminder (a one-time permission is good for one message);
 * after the next notice the resident may tap again.
 */
export function RemindMe() {
  const [state, setState] = useState<'idle' | 'busy' | 'on' | 'off'>('idle');
  useSubscribeTemplates();
  const ask = async () => {
    setState('busy');
    try {
      setState((await askForNoticeReminder()) ? 'on' : 'off');
    } catch {
      setState('off');
    }
  };
  return (
    <View className="remind-me">
      {state === 'on' ? (
        <Text className="remind-me__done">好的，下次发布新公告时会提醒您一次</Text>
      ) : (
        <Button className={`btn btn--plain btn--block${state === 'busy' ? ' btn--busy' : ''}`} onClick={ask}>
          有新公告时提醒我
        </Button>
      )}
      {state === 'off' && <Text className="muted">没有开启提醒，可以稍后再点一次</Text>}
    </View>
  );
}
