import type { VerifyResult } from '@contracts/case/party';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { FormField } from '@/components/FormField';
import { PageShell } from '@/components/PageShell';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';
import { fullDate } from '@/services/time';
import { uploadOwnFile } from '@/services/upload';
import '@/styles/case-pages.scss';
import './index.scss';

const verdictWords: Record<VerifyResult['verdict'], string> = {
  genuine: '核验通过：文件的正文和双方签名与记录一致',
  altered_text: '核验不通过：协议正文被改动过',
  altered_signature: '核验不通过：签名与双方签署时的不一致',
  recorded: '以下是记录的协议，请与手中的协议书逐字核对',
};
const sides = { resident: '甲方', other: '乙方' } as const;

/**
 * Anyone holding a signed agreement checks it: by the code printed on it (the record to compare with),
 * or in WeChat by choosing the received file itself, whose text and signatures the function compares.
 */
export default function VerifyPage() {
  const { params } = useRouter();
  const [code, setCode] = useState(params.code ?? '');
  const [result, setResult] = useState<VerifyResult>();
  const [error, setError] = useState('');
  const { busy, run } = useSubmit();
  const check = (withFile: boolean) =>
    run(async () => {
      setError('');
      try {
        let document: string | undefined;
        if (withFile) {
          const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['docx'] });
          const path = picked.tempFiles[0]?.path ?? '';
          document = (await uploadOwnFile('verify', path, '文件没传上去，请再试', 'docx')).fileID;
        }
        setResult(await caseApi.verify(code, document));
      } catch (e) {
        setResult(undefined);
        setError(errorText(e));
      }
    });
  return (
    <PageShell className="verify">
      <View className="section card">
        <Text className="step-title">协议书核验</Text>
        <Text className="step-hint">输入协议书末尾的10位核验码，核对协议正文和双方签名是否与记录一致。</Text>
        <FormField label="核验码" value={code} onInput={setCode} maxlength={12} placeholder="如 7KQ2M9XH4P" />
        {error && <Text className="error-text">{error}</Text>}
        <View className="actions">
          <SubmitButton busy={busy} onClick={() => check(false)}>
            查询记录
          </SubmitButton>
          {process.env.TARO_ENV !== 'h5' && (
            <Button className="btn btn--plain btn--block" onClick={() => check(true)}>
              选择收到的协议书文件核验
            </Button>
          )}
        </View>
      </View>
      {result && (
        <View className="section card">
          <Text
            className={
              result.verdict === 'genuine' || result.verdict === 'recorded' ? 'banner banner--ok' : 'banner'
            }
          >
            {verdictWords[result.verdict]}
          </Text>
          <Text className="verify__line">{`案件编号：${result.caseNumber}`}</Text>
          <Text className="verify__line">{`${result.committee}　调解员：${result.mediatorName}`}</Text>
          <Text className="verify__line">{`生效日期：${fullDate(result.effectiveAt)}`}</Text>
          {result.signatures.map((s) => (
            <Text
              key={s.side}
              className="verify__line"
            >{`${sides[s.side]}：${s.name}（${fullDate(s.signedAt)}签名）`}</Text>
          ))}
          <Text className="muted verify__hash">{`正文指纹（SHA-256）：${result.textHash}`}</Text>
          <Text className="verify__text">{result.text}</Text>
        </View>
      )}
    </PageShell>
  );
}
