import type { Role } from '@contracts/plain/models';
import { Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useLargeText } from '@/hooks/useLargeText';
import { localSession } from '@/services/local-session';
import { resetSession } from '@/services/session';
import './index.scss';

function Row({ label, hint, onClick }: { label: string; hint?: string; onClick: () => void }) {
  return (
    <View className="settings__row" onClick={onClick}>
      <Text className="settings__label">{label}</Text>
      <View className="settings__right">
        {hint && <Text className="settings__hint">{hint}</Text>}
        <Text className="settings__arrow">›</Text>
      </View>
    </View>
  );
}

async function switchIdentity() {
  await localSession.signOut().catch(() => undefined);
  resetSession();
  Taro.reLaunch({ url: '/pages/sign-in/index' });
}

/** Settings and the doors that only some roles see; the server still checks every staff action itself. */
export function SettingsList({ role }: { role?: Role }) {
  const { large, setLarge } = useLargeText();
  const go = (url: string) => () => Taro.navigateTo({ url });
  return (
    <View className="section">
      <View className="settings card">
        <View className="settings__row">
          <View className="settings__text">
            <Text className="settings__label">大字模式</Text>
            <Text className="settings__hint">字更大，按钮更好点</Text>
          </View>
          <Switch checked={large} color="#0f766e" onChange={(e) => setLarge(e.detail.value)} />
        </View>
        {role === 'resident' && (
          <Row
            label="我的调解案件"
            hint="进度、时间、协议书"
            onClick={go('/package-case/pages/cases/index')}
          />
        )}
        {role === 'mediator' && (
          <Row label="调解员工作台" onClick={go('/package-mediator/pages/workbench/index')} />
        )}
        {(role === 'mediator' || role === 'admin') && (
          <Row
            label="预约与案件"
            hint="确认预约、办案、回访"
            onClick={go('/package-mediator/pages/cases/index')}
          />
        )}
        {role === 'legal_aid_officer' && (
          <Row label="法律援助审查" hint="申请列表" onClick={go('/package-legal-aid/pages/queue/index')} />
        )}
        {role === 'admin' && (
          <Row label="管理后台" hint="用户与角色" onClick={go('/package-admin/pages/console/index')} />
        )}
        <Row
          label="协议书核验"
          hint="凭核验码核对调解协议书"
          onClick={go('/package-info/pages/verify/index')}
        />
        <Row label="隐私保护说明" onClick={go('/package-info/pages/privacy/index')} />
        {localSession.enabled && <Row label="切换身份" hint="本地演示" onClick={switchIdentity} />}
      </View>
    </View>
  );
}
