import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { FormField } from '@/components/FormField';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useAsync } from '@/hooks/useAsync';
import { useSubmit } from '@/hooks/useSubmit';
import { caseApi } from '@/services/case';
import { deliverDocument } from '@/services/documents';
import { errorText } from '@/services/errors';
import { pickPhotos } from '@/services/pick-photos';
import { fullDate } from '@/services/time';
import { uploadOwnFile } from '@/services/upload';
import '@/styles/case-pages.scss';

const results = ['confirmed', 'rejected'] as const;
const resultLabels = { confirmed: '法院裁定协议有效', rejected: '法院驳回申请' };

/**
 * 司法确认: the 30 days left, the party's ID photos, the application package as one Word file, and what
 * the court decided once the parties know.
 */
export default function JudicialPage() {
  const { params } = useRouter();
  const caseId = params.id ?? '';
  const s = useAsync(useCallback(() => caseApi.signing(caseId), [caseId]));
  const { busy, run } = useSubmit();
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<(typeof results)[number]>();
  const [ruling, setRuling] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  if (s.loading && !s.data)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (!s.data)
    return (
      <PageShell>
        <ErrorBlock error={s.error} onRetry={s.reload} />
      </PageShell>
    );
  const j = s.data.judicial;
  const act = (work: () => Promise<string>) =>
    run(async () => {
      setMessage('');
      setFields({});
      try {
        setMessage(await work());
      } catch (e) {
        setFields(fieldErrors(e));
        setMessage(errorText(e));
      }
    });
  const addId = () =>
    act(async () => {
      const photos = await pickPhotos(2);
      const files = [];
      for (const p of photos)
        files.push((await uploadOwnFile('id-card', p.path, '照片没传上去，请再试')).fileID);
      const res = await caseApi.addIdMaterial(caseId, files);
      return `已添加${res.count}张身份证照片`;
    });
  const download = () =>
    act(async () => (await deliverDocument(await caseApi.judicialPackage(caseId))) || '已打开申请材料');
  const report = () =>
    act(async () => {
      if (!result) return '请选择法院的决定';
      s.setData(await caseApi.recordJudicial(caseId, result, ruling.trim()));
      return '已记录';
    });
  if (!j)
    return (
      <PageShell>
        <Text className="banner">协议经双方签名生效后，才能申请司法确认。</Text>
      </PageShell>
    );
  return (
    <PageShell className="judicial">
      <View className="section card">
        <Text className="step-title">
          {j.daysLeft >= 0 ? `还剩 ${j.daysLeft} 天` : '已超过30天的申请期限'}
        </Text>
        <Text className="step-hint">{`双方须在 ${fullDate(j.deadlineAt)} 前，共同向调解委员会所在地的基层人民法院申请司法确认。确认后协议可申请强制执行。`}</Text>
        {message && <Text className="banner">{message}</Text>}
        <View className="actions">
          <SubmitButton busy={busy} kind="plain" onClick={addId}>
            添加我的身份证照片
          </SubmitButton>
          <SubmitButton busy={busy} busyText="正在生成…" onClick={download}>
            下载申请材料（Word）
          </SubmitButton>
        </View>
      </View>
      <View className="section card">
        <Text className="section__title">法院的决定</Text>
        {j.outcome ? (
          <Text>{`${resultLabels[j.outcome.result]}（${j.outcome.rulingNumber}）`}</Text>
        ) : (
          <>
            <ChoiceRow options={results} labels={resultLabels} value={result} onChange={setResult} />
            <FormField
              label="裁定书编号"
              value={ruling}
              onInput={setRuling}
              placeholder="如（2026）浙0102民特123号"
              error={fields.rulingNumber}
            />
            <SubmitButton busy={busy} kind="plain" onClick={report}>
              记录法院的决定
            </SubmitButton>
          </>
        )}
      </View>
    </PageShell>
  );
}
