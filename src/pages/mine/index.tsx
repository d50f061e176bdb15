import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useTabRole } from '@/hooks/useTabRole';
import { ProfileCard } from './components/ProfileCard';
import { ProfileForm } from './components/ProfileForm';
import { SettingsList } from './components/SettingsList';
import './index.scss';

/** 我的: who I am, my details, 大字模式, and the doors to staff screens my role opens. */
export default function Mine() {
  const { data: me, error, loading, reload, setData } = useTabRole();
  const [editing, setEditing] = useState(false);
  const shownOnce = useRef(false);

  // A tab page stays alive: refresh when it is shown again, since an admin may have changed my role.
  useDidShow(() => {
    if (shownOnce.current) reload();
    shownOnce.current = true;
  });

  return (
    <PageShell className="mine">
      <View className="section">
        {loading && !me ? (
          <Loading />
        ) : error && !me ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : me && editing ? (
          <ProfileForm
            me={me}
            onCancel={() => setEditing(false)}
            onSaved={(next) => {
              setData(next);
              setEditing(false);
            }}
          />
        ) : (
          me && <ProfileCard me={me} onEdit={() => setEditing(true)} />
        )}
      </View>
      <SettingsList role={me?.role} />
    </PageShell>
  );
}
