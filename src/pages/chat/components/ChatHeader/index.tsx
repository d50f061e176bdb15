import { type Consultation, statusLabels } from '@contracts/consultation';
import { Text, View } from '@tarojs/components';
import { whenLabel } from '@/services/time';
import './index.scss';

/** Who is answering and whether they are there now; offline says plainly when they will reply. */
export function ChatHeader({ consultation: c }: { consultation: Consultation }) {
  const m = c.mediator;
  return (
    <View className="chat-head">
      <View className="chat-head__row">
        <Text className="chat-head__name">{m ? `调解员 ${m.name}` : '正在为您安排调解员'}</Text>
        {m && c.status !== 'closed' && (
          <Text className={`chat-head__state${m.online ? ' chat-head__state--on' : ''}`}>
            {m.online ? '在线' : '离线'}
          </Text>
        )}
        <Text className="chat-head__tag">{c.disputeType}</Text>
      </View>
      {c.status === 'waiting' && (
        <Text className="chat-head__note">
          {`${statusLabels.waiting}${c.queueAhead ? `：前面还有${c.queueAhead}位居民` : ''}。`}
          {c.replyFrom
            ? `调解员会在${whenLabel(c.replyFrom)}上班后接手，您可以先把情况补充完整。`
            : '调解员一有空就会接手，您可以先把情况补充完整。'}
        </Text>
      )}
      {m && c.status === 'open' && c.replyFrom !== undefined && (
        <Text className="chat-head__note">
          {`调解员现在不在，预计${whenLabel(c.replyFrom)}以后回复您。`}
          {m.hours ? `工作时间：${m.hours}。` : ''}
        </Text>
      )}
      {m && c.status === 'open' && !m.online && c.replyFrom === undefined && (
        <Text className="chat-head__note">调解员暂时不在线，会在工作时间回复您。</Text>
      )}
    </View>
  );
}
