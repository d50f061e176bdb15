import { Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { MediatorInbox } from '@/components/MediatorInbox';
import { PageShell } from '@/components/PageShell';
import { useMyMediatorCard } from '@/hooks/useMediators';
import { useSubmit } from '@/hooks/useSubmit';
import { scanCaseCode } from '@/services/case-code';
import { consultationApi } from '@/services/consultation';
import { errorText } from '@/services/errors';
import './index.scss';

/** The mediator's workbench: online switch, and the inbox of consultations, updated live. */
export default function Workbench() {
  const card = useMyMediatorCard();
  const [note, setNote] = useState('');
  const submitting = useSubmit();
  const toggle = (online: boolean) =>
    submitting.run(async () => {
      try {
        const res = await consultationApi.setOnline(online);
        if (card.data) card.setData({ ...card.data, online: res.online });
        setNote(
          online
            ? res.assigned > 0
              ? `已上线，新接了${res.assigned}个排队的咨询`
              : '已上线，居民可以找到您了'
            : '已下线，新咨询会先排队',
        );
      } catch (e) {
        setNote(errorText(e));
      }
    });
  return (
    <PageShell className="workbench">
      <View className="section card workbench__status">
        <View className="workbench__row">
          <View className="workbench__me">
            <Text className="section__title">{card.data?.name ?? '我的工作台'}</Text>
            <Text className="muted">{card.data?.online ? '在线：新咨询会分给您' : '离线：新咨询先排队'}</Text>
          </View>
          {card.data && (
            <Switch
              checked={card.data.online}
              disabled={submitting.busy || undefined}
              color="#0f766e"
              onChange={(e) => toggle(e.detail.value)}
            />
          )}
        </View>
        {note && <Text className="muted">{note}</Text>}
        <Text
          className="workbench__link"
          onClick={() => Taro.navigateTo({ url: '/package-mediator/pages/quick-replies/index' })}
        >
          编辑常用语 ›
        </Text>
        {process.env.TARO_ENV !== 'h5' && (
          // A resident shows their case code (一案一码); the case opens if it is one this mediator may see.
          <Text
            className="workbench__link"
            onClick={() =>
              scanCaseCode()
                .then((ok) => ok || setNote('这不是案件码'))
                .catch(() => undefined)
            }
          >
            扫居民的案件码 ›
          </Text>
        )}
      </View>
      <View className="section">
        <MediatorInbox />
      </View>
    </PageShell>
  );
}
