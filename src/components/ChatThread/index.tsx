import type { Consultation, Message, Side } from '@contracts/consultation';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CHAT_END_ID, rowId } from '@/hooks/useScrollToLatest';
import { type OutboxItem, outbox } from '@/services/outbox';
import './index.scss';

interface Props {
  consultation: Consultation;
  messages: Message[];
  pending: OutboxItem[];
  hasMore: boolean;
  onLoadOlder: () => void;
  /** A photo finished loading and made the thread taller. */
  onPhotoLoad?: () => void;
}

function clock(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = new Date().toDateString() === d.toDateString();
  return `${today ? '' : `${d.getMonth() + 1}月${d.getDate()}日 `}${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** What the sender sees under their own message: held, checking, refused, or read by the other side. */
function stateOf(m: Message, c: Consultation): string {
  if (m.status === 'review') return '待审核，对方暂时看不到';
  if (m.status === 'checking') return '图片检查中，对方暂时看不到';
  if (m.status === 'refused') return `未发出：${m.refusedReason ?? '内容未通过检查'}`;
  return m.createdAt <= c.otherReadAt ? '已读' : '已送达';
}

const sideName = (side: Side, c: Consultation) =>
  side === 'mediator' ? (c.mediator?.name ?? '调解员') : c.resident.name;

/** The conversation, oldest at the top and newest at the bottom, with the sender's unsent messages last. */
export function ChatThread({ consultation: c, messages, pending, hasMore, onLoadOlder, onPhotoLoad }: Props) {
  const preview = (url: string) => Taro.previewImage({ urls: [url], current: url });
  return (
    <View className="thread">
      {hasMore && (
        <View className="thread__older" onClick={onLoadOlder}>
          <Text>查看更早的消息</Text>
        </View>
      )}
      {messages.map((m) => {
        const mine = m.side === c.mySide;
        return (
          <View
            key={m.id}
            id={rowId(m.id)}
            className={`bubble-row${mine ? ' bubble-row--mine' : ''}`}
            data-testid="message"
          >
            {!mine && <Text className="bubble-row__who">{sideName(m.side, c)}</Text>}
            <View
              className={`bubble${mine ? ' bubble--mine' : ''}${m.status === 'refused' ? ' bubble--refused' : ''}`}
            >
              {m.kind === 'photo' && m.photoUrl ? (
                <Image
                  className="bubble__photo"
                  src={m.photoUrl}
                  mode="widthFix"
                  onLoad={onPhotoLoad}
                  onClick={() => preview(m.photoUrl ?? '')}
                />
              ) : (
                <Text className="bubble__text" userSelect>
                  {m.kind === 'photo' ? '[图片]' : m.text}
                </Text>
              )}
            </View>
            <Text className="bubble-row__meta">
              {clock(m.createdAt)}
              {mine ? ` · ${stateOf(m, c)}` : ''}
            </Text>
          </View>
        );
      })}
      {pending.map((p) => (
        <View key={p.clientMsgId} id={rowId(p.clientMsgId)} className="bubble-row bubble-row--mine">
          <View
            className={`bubble bubble--mine bubble--pending${p.state === 'refused' ? ' bubble--refused' : ''}`}
          >
            <Text className="bubble__text">{p.text ?? '[图片]'}</Text>
          </View>
          {p.state === 'refused' ? (
            <View className="bubble-row__actions">
              <Text className="bubble-row__meta bubble-row__meta--error">未发出：{p.error}</Text>
              <Text className="bubble-row__link" onClick={() => outbox.remove(p.clientMsgId)}>
                删除
              </Text>
            </View>
          ) : (
            <Text className="bubble-row__meta">发送中…没网时会保存在手机上，有网后自动发出</Text>
          )}
        </View>
      ))}
      <View id={CHAT_END_ID} />
    </View>
  );
}
