import type { AreaNode } from '@contracts/area/models';
import type { UserSummary } from '@contracts/models';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { AreaPicker } from '@/components/AreaPicker';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { areaApi } from '@/services/area';
import { errorText } from '@/services/errors';

interface Props {
  user: UserSummary;
  /** The admin's own scope: they place staff inside it only (the server refuses anything wider). */
  rootId?: string;
  onSaved: () => void;
}

/** Sets where a staff member works: a town's office sees its town, a grid worker their grid. */
export function ScopeEditor({ user, rootId, onSaved }: Props) {
  const [node, setNode] = useState<AreaNode | undefined>();
  const { busy, run } = useSubmit();
  const save = () =>
    run(async () => {
      if (!node) return;
      try {
        await areaApi.setScope({ userId: user.id, areaId: node.id });
        Taro.showToast({ title: '已设置', icon: 'success' });
        onSaved();
      } catch (err) {
        Taro.showModal({
          title: '没有设成',
          content: errorText(err),
          showCancel: false,
          confirmText: '知道了',
        });
      }
    });
  return (
    <View className="scope-editor">
      <Text className="muted">工作范围：{user.scopeName ?? '全县'}</Text>
      <AreaPicker rootId={rootId} mode="any" onChange={setNode} />
      <SubmitButton busy={busy} kind="plain" busyText="正在设置…" onClick={save}>
        {node ? `设为 ${node.fullName}` : '请先选择范围'}
      </SubmitButton>
    </View>
  );
}
