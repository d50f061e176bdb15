import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { useUsers } from '@/hooks/useUsers';
import { errorText } from '@/services/errors';
import { userApi } from '@/services/user';
import './index.scss';

/**
 * Adds a mediator by choosing a signed-in resident: the person must have opened the mini-program once, so
 * their WeChat identity is known. Giving them the role creates their profile, filled in afterwards.
 */
export function AddMediator({ onAdded }: { onAdded: () => void }) {
  const { data, loading, reload } = useUsers('resident');
  const { busy, run: guarded } = useSubmit();
  const add = (id: string, name: string) =>
    guarded(async () => {
      const { confirm } = await Taro.showModal({
        title: '添加调解员',
        content: `把“${name}”设为调解员？`,
        confirmText: '添加',
        cancelText: '取消',
      });
      if (!confirm) return;
      try {
        await userApi.setRole({ userId: id, role: 'mediator' });
        Taro.showToast({ title: '已添加', icon: 'success' });
        reload();
        onAdded();
      } catch (err) {
        Taro.showModal({
          title: '没有添加成功',
          content: errorText(err),
          showCancel: false,
          confirmText: '知道了',
        });
      }
    });
  return (
    <View className="add-mediator card">
      <Text className="section__title">从已登录的居民中添加</Text>
      <Text className="muted">请对方先打开小程序登录一次，再在这里添加。</Text>
      {loading && !data ? (
        <Loading />
      ) : data && data.length > 0 ? (
        data.map((u) => (
          <View key={u.id} className="add-mediator__row">
            <Text className="add-mediator__name">
              {u.nickname || '未填写称呼'}
              {u.village ? ` · ${u.village}` : ''}
            </Text>
            <SubmitButton
              busy={busy}
              kind="plain"
              block={false}
              busyText="设为调解员"
              onClick={() => add(u.id, u.nickname)}
            >
              设为调解员
            </SubmitButton>
          </View>
        ))
      ) : (
        <Empty text="没有可添加的居民" />
      )}
    </View>
  );
}
