import type { FollowUp } from '@contracts/case/models';
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { SubmitButton } from '@/components/SubmitButton';
import { dayLabel } from '@/services/time';

const options = ['yes', 'partly', 'no'] as const;
const labels = { yes: '已履行', partly: '部分履行', no: '没有履行' };

/** Records one follow-up visit: is the agreement being honoured? */
export function FollowUpForm({
  f,
  busy,
  onSubmit,
}: {
  f: FollowUp;
  busy: boolean;
  onSubmit: (h: (typeof options)[number], note: string) => void;
}) {
  const [honoured, setHonoured] = useState<(typeof options)[number]>();
  const [note, setNote] = useState('');
  if (f.status === 'done') {
    return (
      <Text className="banner banner--ok">{`第${f.days}天回访：${labels[f.honoured ?? 'yes']}${f.note ? `，${f.note}` : ''}`}</Text>
    );
  }
  return (
    <View className="card">
      <Text className="label">{`第${f.days}天回访（${f.due ? '已到期' : `${dayLabel(f.dueAt)}到期`}）`}</Text>
      <ChoiceRow options={options} labels={labels} value={honoured} onChange={setHonoured} />
      <Textarea
        className="textarea"
        value={note}
        maxlength={300}
        placeholder="回访情况（可不填）"
        onInput={(e) => setNote(e.detail.value)}
      />
      <SubmitButton
        busy={busy}
        className={honoured ? '' : 'btn--busy'}
        onClick={() => honoured && onSubmit(honoured, note.trim())}
      >
        记录回访
      </SubmitButton>
    </View>
  );
}
