import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ChatComposer } from '@/components/ChatComposer';
import { ChatFoot } from '@/components/ChatFoot';
import { ChatThread } from '@/components/ChatThread';
import { LiveNotice } from '@/components/LiveNotice';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useChat } from '@/hooks/useChat';
import { useScrollToLatest } from '@/hooks/useScrollToLatest';
import { useSubscribeTemplates } from '@/hooks/useSubscribeTemplates';
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
  const scroll = useScrollToLatest(chat, 'resident');
  useSubscribeTemplates();
  if (!c)
    return (
      <PageShell>
        {chat.error ? <ErrorBlock error={chat.error} onRetry={chat.reload} /> : <Loading />}
      </PageShell>
    );
  const askOnce = () => {
    if (asked) return;
    asked = true;
    requestNotices(['consultationReply']);
  };
  return (
    <PageShell className="chat">
      <ChatHeader consultation={c} />
      <LiveNotice live={chat.live} />
      <View className="chat__body">
        <ChatThread
          consultation={c}
          messages={chat.messages}
          pending={chat.pending}
          hasMore={chat.hasMore}
          onLoadOlder={chat.loadOlder}
          onPhotoLoad={scroll.onContentGrew}
        />
      </View>
      {c.status === 'closed' ? (
        <AfterClose consultation={c} />
      ) : (
        <ChatFoot unseen={scroll.unseen} onJump={scroll.jump}>
          <ChatComposer consultationId={c.id} onSendTap={askOnce} />
        </ChatFoot>
      )}
    </PageShell>
  );
}
