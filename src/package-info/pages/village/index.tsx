import type { AreaNode } from '@contracts/area/models';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { AreaPicker } from '@/components/AreaPicker';
import { PageShell } from '@/components/PageShell';
import { SubmitButton } from '@/components/SubmitButton';
import './index.scss';

/**
 * Where I live: a town, then one of its villages or communities. The choice goes back to the profile form
 * that opened this page (its `chosen` event), which saves it with the rest of the profile.
 */
export default function VillagePage() {
  const [node, setNode] = useState<AreaNode | undefined>();
  const done = () => {
    if (!node) return;
    Taro.getCurrentInstance()
      .page?.getOpenerEventChannel?.()
      .emit('chosen', { id: node.id, name: node.name });
    void Taro.navigateBack();
  };
  return (
    <PageShell className="village">
      <View className="section card">
        <Text className="section__title">您住在哪个村（社区）？</Text>
        <Text className="muted village__hint">先选镇（街道），再选村（社区）。调解员会就近为您服务。</Text>
        <AreaPicker mode="village" onChange={setNode} />
      </View>
      <View className="section">
        <SubmitButton busy={false} onClick={done}>
          {node ? `就是${node.name}` : '请先选择村（社区）'}
        </SubmitButton>
      </View>
    </PageShell>
  );
}
