import type { Me, Role } from '@contracts/models';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import type { AsyncState } from './useAsync';
import { useMe } from './useMe';

/** The tab bar's second item names each role's own work: residents ask, staff work. */
const workTabText: Record<Role, string> = {
  resident: '咨询',
  mediator: '咨询',
  legal_aid_officer: '审查',
  admin: '管理',
  legal_adviser: '驻村',
  local_figure: '驻村',
  grid_worker: '网格',
  unit_staff: '办理',
};

/** The signed-in user on a tab page, with the second tab named after the role's work. */
export function useTabRole(): AsyncState<Me> {
  const me = useMe();
  const role = me.data?.role;
  useEffect(() => {
    if (role) Taro.setTabBarItem({ index: 1, text: workTabText[role] }).catch(() => undefined);
  }, [role]);
  return me;
}
