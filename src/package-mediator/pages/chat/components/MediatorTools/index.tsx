import type { Consultation, QuickReply } from '@contracts/consultation';
import { type Outcome, outcomeLabels, outcomes } from '@contracts/plain/consultation';
import { Button, ScrollView, Text, Textarea, View } from '@tarojs/components';
import { type PropsWithChildren, useEffect, useState } from 'react';
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

type Panel = 'none' | 'note' | 'close';

/**
 * Quick replies above the input, the private note, and closing with an outcome. An open panel takes the
 * input bar's place (the children), so its buttons are on screen rather than under the bar; closing asks
 * once more, because it cannot be undone.
 */
export function MediatorTools({
  consultation: c,
  onQuickReply,
  onClosed,
  children,
}: PropsWithChildren<Props>) {
  const [replies, setReplies] = useState<QuickReply[]>([]);
  const [panel, setPanel] = useState<Panel>('none');
  const [chosen, setChosen] = useState<Outcome>();
  const [note, setNote] = useState(c.note ?? '');
  const [message, setMessage] = useState('');
  const { busy, run: guarded } = useSubmit();
  useEffect(() => {
    consultationApi.quickReplies().then(
      (r) => setReplies(r.items),
      () => undefined,
    );
  }, []);
  const toggle = (next: Panel) => {
    setPanel(panel === next ? 'none' : next);
    setChosen(undefined);
    setMessage('');
  };
  const write = (work: () => Promise<string>) =>
    guarded(async () => {
      try {
        setMessage(await work());
      } catch (e) {
        setMessage(errorText(e));
      }
    });
  const saveNote = () =>
    write(async () => {
      await consultationApi.saveNote(c.id, note);
      setPanel('none');
      return '备注已保存，只有您自己能看到';
    });
  const close = (outcome: Outcome) =>
    write(async () => {
      await consultationApi.close(c.id, outcome);
      setPanel('none');
      onClosed();
      // The booking issue will open a prefilled booking for 'case'; until it exists the outcome is recorded.
      return outcome === 'case' ? '已记录为转调解案件' : '咨询已结束';
    });
  const open = c.status === 'open';
  return (
    <View className="mtools">
      {open && panel === 'none' && (
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
        <Text className="mtools__btn" onClick={() => toggle('note')}>
          {panel === 'note' ? '收起备注' : '私人备注'}
        </Text>
        {open && (
          <Text className="mtools__btn mtools__btn--end" onClick={() => toggle('close')}>
            {panel === 'close' ? '不结束，返回' : '结束咨询'}
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
          <SubmitButton busy={busy} block={false} busyText="正在保存…" onClick={saveNote}>
            保存备注
          </SubmitButton>
        </View>
      )}
      {panel === 'close' && !chosen && (
        <View className="mtools__panel">
          <Text>选择处理结果：</Text>
          {outcomes.map((o) => (
            <Button key={o} className="btn btn--plain btn--block" onClick={() => setChosen(o)}>
              {outcomeLabels[o]}
            </Button>
          ))}
        </View>
      )}
      {panel === 'close' && chosen && (
        <View className="mtools__panel" data-testid="close-confirm">
          <Text className="mtools__confirm">{`确定结束这次咨询吗？处理结果：${outcomeLabels[chosen]}。结束后不能再发消息。`}</Text>
          <SubmitButton busy={busy} busyText="正在结束…" onClick={() => close(chosen)}>
            确定结束
          </SubmitButton>
          <Button className="btn btn--ghost btn--block" onClick={() => setChosen(undefined)}>
            重新选择
          </Button>
        </View>
      )}
      {message && <Text className="mtools__msg">{message}</Text>}
      {panel === 'none' && children}
    </View>
  );
}
