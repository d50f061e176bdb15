import { Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { caseApi } from '@/services/case';
import { h5CodeLink } from '@/services/case-code';
import '@/styles/case-pages.scss';
import './index.scss';

/** The picture of a case's code: the mini-program code in WeChat, a plain QR of the same page in h5. */
async function codePicture(caseId: string): Promise<string> {
  if (process.env.TARO_ENV === 'h5') {
    const { scene } = await caseApi.code(caseId, false);
    const QRCode = (await import('qrcode')).default;
    return QRCode.toDataURL(h5CodeLink(scene), { width: 480, margin: 2 });
  }
  return (await caseApi.code(caseId, true)).imageUrl ?? '';
}

/**
 * 一案一码: one code that follows the case. A mediator or grid worker scans it to help; whoever scans
 * sees the case only if they may (the function checks).
 */
export default function CaseCodePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const picture = useAsync(useCallback(() => codePicture(id), [id]));
  if (picture.loading && !picture.data)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (!picture.data)
    return (
      <PageShell>
        <ErrorBlock error={picture.error} onRetry={picture.reload} />
      </PageShell>
    );
  return (
    <PageShell className="case-code">
      <View className="section card">
        <Text className="step-title">案件码</Text>
        <Text className="step-hint">
          需要帮助时，请调解员或网格员扫一扫这个码。扫码的人只有在有权限时才能看到案件。
        </Text>
        <Image className="case-code__image" src={picture.data} mode="aspectFit" />
      </View>
    </PageShell>
  );
}
