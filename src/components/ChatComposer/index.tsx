import { chatLimits } from '@contracts/consultation';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { pickChatPhotos } from '@/services/chat-upload';
import { newClientId } from '@/services/consultation';
import { errorText } from '@/services/errors';
import { outbox } from '@/services/outbox';
import './index.scss';

interface Props {
  consultationId: string;
  /** Runs inside the tap that sends, e.g. to ask for a notification permission (weapp needs a tap). */
  onSendTap?: () => void;
  /** Text placed into the box by a quick reply. */
  draft?: string;
  onDraftUsed?: () => void;
  /** What the empty box says; residents and mediators are asked different things. */
  placeholder?: string;
}

/** The input bar: large text box, 发送, and 图片. Every message goes through the offline outbox. */
export function ChatComposer({
  consultationId,
  onSendTap,
  draft,
  onDraftUsed,
  placeholder = '在这里打字，说说您的情况',
}: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const value = draft ?? text;
  const send = () => {
    const body = value.trim();
    if (!body) return;
    if (body.length > chatLimits.textMax) {
      setError(`一条消息不超过${chatLimits.textMax}个字，请分几条发`);
      return;
    }
    onSendTap?.();
    outbox.add({ consultationId, clientMsgId: newClientId(), text: body });
    setText('');
    setError('');
    onDraftUsed?.();
  };
  const photo = async () => {
    setError('');
    try {
      const [picked] = await pickChatPhotos(1);
      if (picked) outbox.add({ consultationId, clientMsgId: newClientId(), photo: picked });
    } catch (e) {
      if (!/cancel/i.test(String((e as { errMsg?: string }).errMsg ?? ''))) setError(errorText(e));
    }
  };
  return (
    <View className="composer">
      {error && <Text className="composer__error">{error}</Text>}
      <View className="composer__row">
        <View className="composer__photo" onClick={photo}>
          <Text>图片</Text>
        </View>
        <Textarea
          className="composer__input"
          value={value}
          placeholder={placeholder}
          autoHeight
          maxlength={chatLimits.textMax + 100}
          cursorSpacing={24}
          onInput={(e) => {
            onDraftUsed?.();
            setText(e.detail.value);
          }}
        />
        <Button
          className={`btn btn--primary composer__send${value.trim() ? '' : ' btn--busy'}`}
          onClick={send}
        >
          发送
        </Button>
      </View>
    </View>
  );
}
