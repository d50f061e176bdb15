import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ChatComposer } from '@/components/ChatComposer';
import { ChatFoot } from '@/components/ChatFoot';
import { ChatThread } from '@/components/ChatThread';
import { LiveNotice } from '@/components/LiveNotice';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useChat } from '@/hooks/useChat';
import { useScrollToLatest } from '@/hooks/useScrollToLatest';
import { MediatorTools } from './components/MediatorTools';
import './index.scss';

/** The mediator's side of a chat: the same thread, plus quick replies, a private note and closing. */
export default function MediatorChat() {
  const id = useRouter().params.id ?? '';
  const chat = useChat(id, 'mediator');
  const [draft, setDraft] = useState<string>();
  const c = chat.consultation;
  const scroll = useScrollToLatest(chat, 'mediator');
  if (!c)
    return (
      <PageShell>
        {chat.error ? <ErrorBlock error={chat.error} onRetry={chat.reload} /> : <Loading />}
      </PageShell>
    );
  return (
    <PageShell className="mchat">
      <View className="mchat__head">
        <Text className="mchat__name">
          {c.resident.name}
          {c.resident.village ? `（${c.resident.village}）` : ''}
        </Text>
        <Text className="mchat__tag">{c.disputeType}</Text>
      </View>
      <LiveNotice live={chat.live} />
      <View className="mchat__body">
        <ChatThread
          consultation={c}
          messages={chat.messages}
          pending={chat.pending}
          hasMore={chat.hasMore}
          onLoadOlder={chat.loadOlder}
          onPhotoLoad={scroll.onContentGrew}
        />
      </View>
      <ChatFoot unseen={scroll.unseen} onJump={scroll.jump}>
        <MediatorTools consultation={c} onQuickReply={setDraft} onClosed={chat.reload}>
          {c.status !== 'closed' && (
            <ChatComposer
              consultationId={c.id}
              draft={draft}
              onDraftUsed={() => setDraft(undefined)}
              placeholder="在这里打字回复居民"
            />
          )}
        </MediatorTools>
      </ChatFoot>
    </PageShell>
  );
}
