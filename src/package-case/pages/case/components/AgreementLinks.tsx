import type { Signing } from '@contracts/case/signing';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { caseApi } from '@/services/case';
import { deliverDocument } from '@/services/documents';
import { errorText } from '@/services/errors';
import { fullDate } from '@/services/time';

/**
 * What a party does with the agreement, for the applicant and the other party alike: sign it, open the
 * signed document, prepare the judicial confirmation within its 30 days; or, when mediation failed, take
 * the referral package.
 */
export function AgreementLinks({
  caseId,
  signing,
  failed,
}: {
  caseId: string;
  signing?: Signing;
  failed: boolean;
}) {
  const { busy, run } = useSubmit();
  const [message, setMessage] = useState('');
  const open = (url: string) => Taro.navigateTo({ url: `${url}?id=${caseId}` });
  const referral = () =>
    run(async () => {
      setMessage('');
      try {
        setMessage(await deliverDocument(await caseApi.referralPackage(caseId)));
      } catch (e) {
        setMessage(errorText(e));
      }
    });
  const j = signing?.judicial;
  return (
    <View className="actions">
      {message && <Text className="banner">{message}</Text>}
      {signing?.mustSign && (
        <Button
          className="btn btn--primary btn--block"
          onClick={() => open('/package-case/pages/sign/index')}
        >
          阅读协议并签名
        </Button>
      )}
      {signing && !signing.mustSign && (
        <Button className="btn btn--plain btn--block" onClick={() => open('/package-case/pages/sign/index')}>
          {`查看协议和签名（已签${signing.signatures.length}/2）`}
        </Button>
      )}
      {j && (
        <>
          <Text className={j.daysLeft >= 0 ? 'banner banner--ok' : 'banner'}>
            {j.outcome
              ? `司法确认：${j.outcome.result === 'confirmed' ? '法院已确认协议有效' : '法院驳回'}（${j.outcome.rulingNumber}）`
              : j.daysLeft >= 0
                ? `申请司法确认还剩 ${j.daysLeft} 天（截止 ${fullDate(j.deadlineAt)}）`
                : '已超过申请司法确认的30天期限'}
          </Text>
          <Button
            className="btn btn--primary btn--block"
            onClick={() => open('/package-case/pages/judicial/index')}
          >
            申请司法确认
          </Button>
        </>
      )}
      {failed && (
        <SubmitButton busy={busy} kind="plain" busyText="正在生成…" onClick={referral}>
          下载转介材料（立案、仲裁或法律援助）
        </SubmitButton>
      )}
    </View>
  );
}
