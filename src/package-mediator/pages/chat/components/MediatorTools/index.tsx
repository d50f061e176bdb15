import {
  type Consultation,
  type Outcome,
  outcomeLabels,
  outcomes,
  type QuickReply,
} from '@contracts/consultation';
import { ScrollView, Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { consultationApi } from '@/services/consultation';
import { errorText } from '@/services/errors';
import './index.scss';

interface Props {
  consultation: Consultation;
  onQuickReply: (text: string) => void;
  onClosed: () => void;
}

/** Quick replies above the input, the private note, and closing with an outcome. */
export function MediatorTools({ consultation: c, onQuickReply, onClosed }: Props) {
  const [replies, setReplies] = useState<QuickReply[]>([]);
  const [panel, setPanel] = useState<'none' | 'note' | 'close'>('none');
  const [note, setNote] = useState(c.note ?? '');
  const [message, setMessage] = useState('');
  useEffect(() => {
    consultationApi.quickReplies().then(
      (r) => setReplies(r.items),
      () => undefined,
    );
  }, []);
  const submitting = useSubmit();
  const saveNote = () =>
    submitting.run(async () => {
      try {
        await consultationApi.saveNote(c.id, note);
        setMessage('备注已保存，只有您自己能看到');
      } catch (e) {
        setMessage(errorText(e));
      }
    });
  const close = (outcome: Outcome) =>
    submitting.run(async () => {
      try {
        await consultationApi.close(c.id, outcome);
        // The booking issue will open a prefilled booking for 'case'; until it exists the outcome is recorded.
        setMessage(outcome === 'case' ? '已记录为转调解案件' : '咨询已结束');
        setPanel('none');
        onClosed();
      } catch (e) {
        setMessage(errorText(e));
      }
    });
  const open = c.status === 'open';
  return (
    <View className="mtools">
      {open && (
        <ScrollView scrollX className="mtools__replies" enableFlex>
          <View className="mtools__row">
            {replies.map((r) => (
              <Text key={r.id} className="mtools__reply" onClick={() => onQuickReply(r.text)}>
                {r.text}
              </Text>
            ))}
          </View>
        </ScrollView>
      )}
      <View className="mtools__buttons">
        <Text className="mtools__btn" onClick={() => setPanel(panel === 'note' ? 'none' : 'note')}>
          私人备注
        </Text>
        {open && (
          <Text
            className="mtools__btn mtools__btn--end"
            onClick={() => setPanel(panel === 'close' ? 'none' : 'close')}
          >
            结束咨询
          </Text>
        )}
      </View>
      {panel === 'note' && (
        <View className="mtools__panel">
          <Textarea
            className="mtools__note"
            value={note}
            maxlength={2000}
            placeholder="只有您能看到，居民看不到"
            onInput={(e) => setNote(e.detail.value)}
          />
          <SubmitButton busy={submitting.busy} block={false} busyText="正在保存…" onClick={saveNote}>
            保存备注
          </SubmitButton>
        </View>
      )}
      {panel === 'close' && (
        <View className="mtools__panel">
          <Text>选择处理结果：</Text>
          {outcomes.map((o) => (
            <SubmitButton
              key={o}
              busy={submitting.busy}
              kind="plain"
              busyText={outcomeLabels[o]}
              onClick={() => close(o)}
            >
              {outcomeLabels[o]}
            </SubmitButton>
          ))}
        </View>
      )}
      {message && <Text className="mtools__msg">{message}</Text>}
    </View>
  );
}
