import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { CHAT_FOOT_ID } from '@/hooks/useScrollToLatest';
import './index.scss';

interface Props {
  /** Show the 有新消息 pill above the bar. */
  unseen: boolean;
  onJump: () => void;
}

/**
 * The bar fixed under a chat (tools, the input): always on screen, never taller than the screen, with the
 * 有新消息 pill just above it when something arrived while the reader was scrolled up.
 */
export function ChatFoot({ unseen, onJump, children }: PropsWithChildren<Props>) {
  return (
    <View className="chat-foot" id={CHAT_FOOT_ID}>
      {unseen && (
        <View className="chat-foot__pill" onClick={onJump} data-testid="new-messages">
          <Text>有新消息 ↓</Text>
        </View>
      )}
      <View className="chat-foot__bar">{children}</View>
    </View>
  );
}
