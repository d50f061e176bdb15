import { roleLabels } from '@contracts/plain/models';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { localSession } from '@/services/local-session';
import { ready, resetSession } from '@/services/session';
import './index.scss';

async function enter(signIn: () => Promise<void>) {
  try {
    await signIn();
    resetSession();
    void ready().catch(() => undefined);
    Taro.reLaunch({ url: '/pages/home/index' });
  } catch {
    Taro.showToast({ title: '进入失败，请重试', icon: 'none' });
  }
}

/** h5 local mode only: a browser has no WeChat login, so the demo lets you choose who you are. */
export default function SignIn() {
  const load = useCallback(() => localSession.listDemoUsers(), []);
  const { data, error, loading, reload } = useAsync(load);

  if (!localSession.enabled) {
    return (
      <PageShell>
        <View className="section">
          <Text className="muted">此页面仅用于本地演示。</Text>
        </View>
      </PageShell>
    );
  }

  return (
    <PageShell className="sign-in">
      <View className="sign-in__head">
        <Text className="sign-in__title">选择身份进入</Text>
        <Text className="muted">本地演示环境：请选择一个演示用户，或以新居民身份进入。</Text>
      </View>
      <View className="section">
        {loading && !data ? (
          <Loading />
        ) : error ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : (
          data?.map((u) => (
            <View
              key={u.openid}
              className="sign-in__user card"
              onClick={() => enter(() => localSession.signIn(u.openid))}
            >
              <Text className="sign-in__name">{u.nickname}</Text>
              <Text className="sign-in__role">{roleLabels[u.role]}</Text>
            </View>
          ))
        )}
        <Button
          className="btn btn--primary btn--block sign-in__new"
          onClick={() => enter(localSession.signInNewResident)}
        >
          以新居民身份进入
        </Button>
      </View>
    </PageShell>
  );
}
