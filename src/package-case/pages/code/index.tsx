import { Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { Loading } from '@/components/StatusBlock';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';

/**
 * Where a case code lands (一案一码): the function answers the page the scanner may open, or that the
 * case is not theirs to see; the code itself grants nothing.
 */
export default function CodePage() {
  const { params } = useRouter();
  const scene = decodeURIComponent(params.scene ?? '');
  const [error, setError] = useState('');
  useEffect(() => {
    if (!scene) {
      setError('二维码无效，请重新扫码');
      return;
    }
    caseApi
      .openCode(scene)
      .then((found) => Taro.redirectTo({ url: found.page }))
      .catch((e: unknown) => setError(errorText(e)));
  }, [scene]);
  return <PageShell>{error ? <Text className="banner">{error}</Text> : <Loading />}</PageShell>;
}
