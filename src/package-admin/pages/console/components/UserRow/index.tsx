import type { UserSummary } from '@contracts/models';
import { type Role, roleLabels, roles } from '@contracts/plain/models';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { userApi } from '@/services/user';
import { ScopeEditor } from '../ScopeEditor';
import './index.scss';

async function chooseRole(current: Role): Promise<Role | undefined> {
  const choices = roles.filter((r) => r !== current);
  try {
    const { tapIndex } = await Taro.showActionSheet({ itemList: choices.map((r) => roleLabels[r]) });
    return choices[tapIndex];
  } catch {
    return undefined; // the user closed the sheet
  }
}

interface Props {
  user: UserSummary;
  /** The admin's own scope, under which they place staff. */
  scopeRootId?: string;
  onChanged: () => void;
}

/**
 * One user with their role and, for staff, where they work; changing the role asks for confirmation, since
 * it grants or removes powers.
 */
export function UserRow({ user, scopeRootId, onChanged }: Props) {
  const { busy, run: guarded } = useSubmit();
  const [placing, setPlacing] = useState(false);

  const change = () =>
    guarded(async () => {
      const role = await chooseRole(user.role);
      if (!role) return;
      const { confirm } = await Taro.showModal({
        title: '确认修改角色',
        content: `把“${user.nickname}”从${roleLabels[user.role]}改为${roleLabels[role]}？`,
        confirmText: '确认修改',
        cancelText: '再想想',
      });
      if (!confirm) return;
      try {
        await userApi.setRole({ userId: user.id, role });
        Taro.showToast({ title: '已修改', icon: 'success' });
        onChanged();
      } catch (err) {
        Taro.showModal({
          title: '没有改成',
          content: errorText(err),
          showCancel: false,
          confirmText: '知道了',
        });
      }
    });

  const staff = user.role !== 'resident';
  return (
    <View className="user-row">
      <View className="user-row__who">
        <Text className="user-row__name">{user.nickname || '未填写称呼'}</Text>
        <Text className="user-row__meta">
          {staff ? `${user.scopeName ?? '全县'} · ` : user.village ? `${user.village} · ` : ''}
          {dayjs(user.createdAt).format('YYYY-MM-DD')} 加入
        </Text>
        {staff && (
          <Text className="user-row__link" onClick={() => setPlacing(!placing)}>
            {placing ? '收起' : '设工作范围'}
          </Text>
        )}
        {placing && (
          <ScopeEditor
            user={user}
            rootId={scopeRootId}
            onSaved={() => {
              setPlacing(false);
              onChanged();
            }}
          />
        )}
      </View>
      <Text className={`user-row__role user-row__role--${user.role}`}>{roleLabels[user.role]}</Text>
      <SubmitButton
        busy={busy}
        kind="plain"
        block={false}
        className="user-row__btn"
        busyText="改角色"
        onClick={change}
      >
        改角色
      </SubmitButton>
    </View>
  );
}
