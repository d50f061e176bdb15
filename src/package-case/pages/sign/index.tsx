import type { Signing } from '@contracts/case/signing';
import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { FormField } from '@/components/FormField';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useAsync } from '@/hooks/useAsync';
import { useSubmit } from '@/hooks/useSubmit';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';
import { withIntentKey } from '@/services/intent-key';
import { whenLabel } from '@/services/time';
import { uploadOwnFile } from '@/services/upload';
import { SignaturePad, type SignaturePadHandle } from './components/SignaturePad';
import '@/styles/case-pages.scss';
import './index.scss';

const sideNames = { resident: '甲方', other: '乙方' } as const;

/**
 * Each party reads the whole agreement and signs it with a finger. The signature is sent with the digest
 * of the text shown here, so a change made meanwhile is refused instead of signed unseen.
 */
export default function SignPage() {
  const { params } = useRouter();
  const caseId = params.id ?? '';
  const s = useAsync(useCallback(() => caseApi.signing(caseId), [caseId]));
  const pad = useRef<SignaturePadHandle>(null);
  const [realName, setRealName] = useState('');
  const [error, setError] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [done, setDone] = useState<Signing>();
  const { busy, run } = useSubmit();
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
  const signing = done ?? s.data;
  const submit = () =>
    run(async () => {
      setError('');
      setFields({});
      try {
        const png = await pad.current?.exportPng();
        if (!png) {
          setError('请先在方框里写下您的名字');
          return;
        }
        const file = await uploadOwnFile('signature', png, '签名没传上去，请检查网络后再试', 'png');
        const input = {
          caseId,
          textHash: signing.textHash,
          realName: realName.trim(),
          signature: file.fileID,
        };
        setDone(
          await withIntentKey('case.sign', input, (clientKey) => caseApi.sign({ ...input, clientKey })),
        );
        Taro.showToast({ title: '已签名', icon: 'success' });
      } catch (e) {
        setFields(fieldErrors(e));
        setError(errorText(e));
      }
    });
  return (
    <PageShell className="sign">
      <View className="section card">
        <Text className="sign__title">{signing.text.split('\n')[0]}</Text>
        <Text className="sign__text">{signing.text.split('\n').slice(1).join('\n')}</Text>
        <Text className="muted sign__hash">{`协议指纹（SHA-256）：${signing.textHash}`}</Text>
      </View>
      <View className="section card">
        <Text className="section__title">签名情况</Text>
        {signing.signatures.length === 0 && <Text className="muted sign__hash">双方都还没有签名</Text>}
        {signing.signatures.map((sig) => (
          <View key={sig.side} className="sign__done">
            <Text>{`${sideNames[sig.side]} ${sig.name}　${whenLabel(sig.signedAt)} 已签名`}</Text>
            {sig.imageUrl && <Image className="sign__image" src={sig.imageUrl} mode="aspectFit" />}
          </View>
        ))}
        {signing.effectiveAt !== undefined && (
          <Text className="banner banner--ok">{`双方已签名，协议已生效。核验码：${signing.verifyCode ?? ''}`}</Text>
        )}
      </View>
      {signing.mustSign ? (
        <View className="section card">
          <Text className="step-title">{`我是${signing.mySide ? sideNames[signing.mySide] : ''}，已阅读全文，同意签名`}</Text>
          <FormField
            label="您的姓名（与身份证一致）"
            value={realName}
            onInput={setRealName}
            maxlength={20}
            error={fields.realName}
          />
          <Text className="label">请在下面方框里手写签名</Text>
          <SignaturePad ref={pad} />
          {error && <Text className="error-text">{error}</Text>}
          <View className="actions">
            <Button className="btn btn--ghost btn--block" onClick={() => pad.current?.clear()}>
              重写
            </Button>
            <SubmitButton busy={busy} busyText="正在签名…" onClick={submit}>
              确认签名
            </SubmitButton>
          </View>
        </View>
      ) : (
        signing.held && <Text className="banner">协议正在审核，审核通过后才能签名。</Text>
      )}
    </PageShell>
  );
}
