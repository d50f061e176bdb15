import type { WorkLogDay as Day } from '@contracts/team/ledger-views';
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { clock } from '@/services/time';

/** One day of the work log: what the app recorded, the member's note, and the note's editor until the month is closed. */
export function WorkLogDay({
  day,
  closed,
  busy,
  onSave,
}: {
  day: Day;
  closed: boolean;
  busy: boolean;
  onSave: (text: string) => Promise<boolean>;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(day.note ?? '');
  return (
    <View className="card work-log__day">
      <Text className="section__title">{day.label}</Text>
      {day.entries.map((e) => (
        <Text key={`${e.at}-${e.text}`} className="work-log__entry">{`${clock(e.at)} ${e.text}`}</Text>
      ))}
      {editing ? (
        <>
          <Textarea
            className="textarea"
            value={text}
            maxlength={500}
            placeholder="这一天还做了什么、有什么情况（可不填）"
            onInput={(e) => setText(e.detail.value)}
          />
          <SubmitButton busy={busy} onClick={async () => (await onSave(text.trim())) && setEditing(false)}>
            保存备注
          </SubmitButton>
        </>
      ) : (
        <>
          {day.note && <Text className="work-log__note">备注：{day.note}</Text>}
          {!closed && (
            <Text className="section__more" onClick={() => setEditing(true)}>
              {day.note ? '修改备注' : '写备注'}
            </Text>
          )}
        </>
      )}
    </View>
  );
}
