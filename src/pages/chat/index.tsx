import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { ChatComposer } from '@/components/ChatComposer';
import { ChatThread } from '@/components/ChatThread';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useChat } from '@/hooks/useChat';
import { requestNotices } from '@/services/subscribe';
import { AfterClose } from './components/AfterClose';
import { ChatHeader } from './components/ChatHeader';
import './index.scss';

// Asked once per app session, at the first send: the natural moment to want a reply notification.
let asked = false;

/** The resident's chat with their mediator. */
export default function Chat() {
  const id = useRouter().params.id ?? '';
  const chat = useChat(id, 'resident');
  const c = chat.consultation;
  const count = chat.messages.length + chat.pending.length;
  useEffect(() => {
    if (count > 0) void Taro.pageScrollTo({ scrollTop: 1e6, duration: 0 }).catch(() => undefined);
  }, [count]);
  if (!c)
    return (
      <PageShell>
        {chat.error ? <ErrorBlock error={chat.error} onRetry={chat.reload} /> : <Loading />}
      </PageShell>
    );
  const askOnce = () => {
    if (asked) return;
    asked = true;
    void requestNotices(['consultationReply']);
  };
  return (
    <PageShell className="chat">
      <ChatHeader consultation={c} />
      <View className="chat__body">
        <ChatThread
          consultation={c}
          messages={chat.messages}
          pending={chat.pending}
          hasMore={chat.hasMore}
          onLoadOlder={chat.loadOlder}
        />
      </View>
      {c.status === 'closed' ? (
        <AfterClose consultation={c} />
      ) : (
        <ChatComposer consultationId={c.id} onSendTap={askOnce} />
      )}
    </PageShell>
  );
}
