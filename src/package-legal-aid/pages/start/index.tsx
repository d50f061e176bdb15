import { matterLabels } from '@contracts/legal-aid/matters';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import dayjs from 'dayjs';
import { useCallback, useRef } from 'react';
import { PageShell } from '@/components/PageShell';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { legalAidApi } from '@/services/legal-aid';
import { StatusTag } from '../../components/StatusTag';
import './index.scss';

/** 法律援助: what it is, a pre-check, applying, and my applications with their status and reason. */
export default function LegalAid() {
  const load = useCallback(() => legalAidApi.mine(), []);
  const { data, error, loading, reload } = useAsync(load);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });
  const go = (url: string) => () => Taro.navigateTo({ url });
  return (
    <PageShell className="legal-aid">
      <View className="legal-aid__hero">
        <Text className="legal-aid__title">法律援助</Text>
        <Text className="legal-aid__lead">
          生活困难、打不起官司？政府出钱，请律师免费帮您。讨薪、赡养费、工伤和交通事故赔偿都能申请。
        </Text>
      </View>
      <View className="section legal-aid__actions">
        <Button
          className="btn btn--primary btn--block"
          onClick={go('/package-legal-aid/pages/precheck/index')}
        >
          先测一测能不能申请
        </Button>
        <Button className="btn btn--plain btn--block" onClick={go('/package-legal-aid/pages/apply/index')}>
          直接填写申请
        </Button>
      </View>
      <View className="section">
        <View className="section__head">
          <Text className="section__title">我的申请</Text>
        </View>
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : !data?.items.length ? (
          <Empty text="还没有申请" />
        ) : (
          data.items.map((a) => (
            <View
              key={a.id}
              className="card legal-aid__item"
              onClick={go(`/package-legal-aid/pages/detail/index?id=${a.id}`)}
            >
              <View className="legal-aid__row">
                <Text className="legal-aid__number">{a.number}</Text>
                <StatusTag status={a.status} />
              </View>
              <Text className="muted">{matterLabels[a.matter]}</Text>
              {a.reason && <Text className="legal-aid__reason">{a.reason}</Text>}
              <Text className="legal-aid__date">{dayjs(a.updatedAt).format('YYYY年M月D日')} 更新</Text>
            </View>
          ))
        )}
      </View>
      <View className="section">
        <Text className="muted">不会用手机？带上身份证到县法律援助中心，或拨打 12348 法律服务热线。</Text>
      </View>
    </PageShell>
  );
}
