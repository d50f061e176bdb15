import type { QuickReply } from '@contracts/consultation';
import { Input, Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { useAsync } from '@/hooks/useAsync';
import { useSubmit } from '@/hooks/useSubmit';
import { consultationApi } from '@/services/consultation';
import { errorText } from '@/services/errors';

/** The mediator's own quick replies: add, change, delete. Defaults show until the first one is added. */
export default function QuickReplies() {
  const load = useCallback(async () => (await consultationApi.quickReplies()).items, []);
  const { data, error, loading, reload } = useAsync<QuickReply[]>(load);
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const submitting = useSubmit();
  const run = (work: () => Promise<unknown>) =>
    submitting.run(async () => {
      try {
        await work();
        setMessage('');
        reload();
      } catch (e) {
        setMessage(errorText(e));
      }
    });
  if (loading && !data)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (error && !data)
    return (
      <PageShell>
        <ErrorBlock error={error} onRetry={reload} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="section card">
        <Input
          className="form-input"
          value={text}
          placeholder="写一句常用的话"
          maxlength={200}
          onInput={(e) => setText(e.detail.value)}
        />
        <SubmitButton
          busy={submitting.busy}
          busyText="正在保存…"
          onClick={() =>
            run(async () => {
              await consultationApi.saveQuickReply({ text });
              setText('');
            })
          }
        >
          添加常用语
        </SubmitButton>
        {message && <Text className="muted">{message}</Text>}
      </View>
      {data?.map((r) => (
        <View key={r.id} className="section card">
          <Text>{r.text}</Text>
          {!r.id.startsWith('default-') && (
            <SubmitButton
              busy={submitting.busy}
              kind="ghost"
              block={false}
              busyText="删除"
              onClick={() => run(() => consultationApi.deleteQuickReply(r.id))}
            >
              删除
            </SubmitButton>
          )}
        </View>
      ))}
    </PageShell>
  );
}
