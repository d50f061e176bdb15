import type { AreaNode } from '@contracts/area/models';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { AreaPicker } from '@/components/AreaPicker';
import { PageShell } from '@/components/PageShell';
import { SubmitButton } from '@/components/SubmitButton';
import { useMe } from '@/hooks/useMe';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { userApi } from '@/services/user';
import './index.scss';

/**
 * Where I live: a town, then one of its villages or communities from the area tree, saved to my profile
 * (opened from 我的; a brand-new resident may leave it for later).
 */
export default function VillagePage() {
  const { data: me } = useMe();
  const [node, setNode] = useState<AreaNode | undefined>();
  const { busy, run } = useSubmit();
  const save = () =>
    run(async () => {
      if (!node || !me) return;
      try {
        await userApi.updateProfile({ nickname: me.nickname, areaId: node.id });
        Taro.showToast({ title: '已保存', icon: 'success' });
        void Taro.navigateBack();
      } catch (err) {
        Taro.showModal({
          title: '没有保存',
          content: errorText(err),
          showCancel: false,
          confirmText: '知道了',
        });
      }
    });
  return (
    <PageShell className="village">
      <View className="section card">
        <Text className="section__title">您住在哪个村（社区）？</Text>
        <Text className="muted village__hint">先选镇（街道），再选村（社区）。调解员会就近为您服务。</Text>
        {me?.village && <Text className="muted village__hint">现在是：{me.village}</Text>}
        <AreaPicker mode="village" onChange={setNode} />
      </View>
      <View className="section">
        <SubmitButton busy={busy} busyText="正在保存…" onClick={save}>
          {node ? `就是${node.name}` : '请先选择村（社区）'}
        </SubmitButton>
      </View>
    </PageShell>
  );
}
