import { Button, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useRef } from 'react';
import { CaseCard } from '@/components/CaseCard';
import { PageShell } from '@/components/PageShell';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { caseApi } from '@/services/case';

/** 我的案件: every case of mine with its status and next step, newest first. */
export default function MyCases() {
  const cases = useAsync(useCallback(() => caseApi.mine(), []));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) cases.reload();
    shown.current = true;
  });
  return (
    <PageShell className="my-cases">
      <View className="section">
        {cases.loading && !cases.data ? (
          <Loading />
        ) : cases.error && !cases.data ? (
          <ErrorBlock error={cases.error} onRetry={cases.reload} />
        ) : cases.data?.items.length ? (
          cases.data.items.map((c) => (
            <CaseCard
              key={c.id}
              item={c}
              onOpen={() =>
                Taro.navigateTo({
                  url: `/package-case/pages/${c.asParty ? 'party' : 'case'}/index?id=${c.id}`,
                })
              }
            />
          ))
        ) : (
          <Empty text="还没有调解案件。有矛盾纠纷，可以预约调解员当面调解。" />
        )}
        <Button
          className="btn btn--primary btn--block"
          onClick={() => Taro.navigateTo({ url: '/package-case/pages/booking/index' })}
        >
          预约调解
        </Button>
      </View>
    </PageShell>
  );
}
