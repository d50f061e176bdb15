import type { Visit } from '@contracts/team/models';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import dayjs from 'dayjs';
import { useCallback, useRef, useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { visitApi } from '@/services/visit';
import { queueStamp } from '@/services/visit-outbox';
import { StampVerdict } from '../../components/StampVerdict';
import { useStampCapture } from '../../hooks/useStampCapture';
import { useVisitConsent } from '../../hooks/useVisitConsent';
import { useVisitOutbox } from '../../hooks/useVisitOutbox';
import { ConsentCard } from './components/ConsentCard';
import { PendingList } from './components/PendingList';
import './index.scss';

/**
 * 走访签到: a team member signs in at one of their villages (several readings, a live photo) and signs out
 * when leaving. The function judges every stamp; this page shows its verdict in words. Without signal the
 * stamp waits on the phone (待补传) with its original time and place.
 */
export default function CheckIn() {
  const consent = useVisitConsent();
  const load = useCallback(() => visitApi.current(), []);
  const { data, error, loading, reload } = useAsync(load);
  const [last, setLast] = useState<Visit | null>(null);
  const [villageId, setVillageId] = useState<string>();
  const { capture, busy, stepText, problem } = useStampCapture();
  const pending = useVisitOutbox((visit) => {
    setLast(visit);
    reload();
  });
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });

  const open = data?.visit ?? null;
  const villages = data?.villages ?? [];
  const chosen = villageId ?? (villages.length === 1 ? villages[0]?.id : undefined);
  // A check-in still waiting on the phone is a visit under way too: its sign-out queues behind it.
  const pendingIn = pending.find((p) => p.kind === 'checkIn' && p.state === 'pending');
  const underWay = open
    ? { name: open.villageName, villageId: open.villageId, since: open.checkIn.clientAt, visitId: open.id }
    : pendingIn
      ? {
          name: pendingIn.villageName,
          villageId: pendingIn.villageId,
          since: pendingIn.clientAt,
          afterKey: pendingIn.clientKey,
        }
      : null;

  const stamp = async (kind: 'checkIn' | 'checkOut') => {
    const village = villages.find((v) => v.id === chosen);
    const target =
      kind === 'checkIn' ? (village ? { name: village.name, villageId: village.id } : null) : underWay;
    if (!target) return;
    const got = await capture();
    if (!got) return;
    setLast(null);
    queueStamp({ kind, ...target, villageName: target.name, ...got });
  };

  if (!consent.agreed) {
    return (
      <PageShell className="checkin">
        <ConsentCard onAgree={consent.agree} />
      </PageShell>
    );
  }
  const shownVisit = last ?? open;
  const shownStamp = shownVisit?.checkOut ?? shownVisit?.checkIn;
  return (
    <PageShell className="checkin">
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorBlock error={error} onRetry={reload} />
      ) : (
        <View className="section checkin__body">
          {shownVisit && shownStamp && (
            <StampVerdict
              title={`${shownVisit.villageName}${shownVisit.checkOut ? '签退' : '签到'}`}
              stamp={shownStamp}
            />
          )}
          <PendingList items={pending} />
          {underWay ? (
            <View className="card checkin__open">
              <Text className="checkin__title">正在走访：{underWay.name}</Text>
              <Text className="muted">{dayjs(underWay.since).format('M月D日 HH:mm')} 签到</Text>
              {open && (
                <Button
                  className="btn btn--plain btn--block"
                  onClick={() => Taro.navigateTo({ url: `/package-team/pages/visit/index?id=${open.id}` })}
                >
                  记录走访内容
                </Button>
              )}
              <Button
                className="btn btn--primary btn--block"
                disabled={busy || undefined}
                onClick={() => stamp('checkOut')}
              >
                {busy ? stepText : '拍照签退'}
              </Button>
            </View>
          ) : (
            <View className="card checkin__new">
              <Text className="checkin__title">在哪个村签到？</Text>
              {villages.length === 0 ? (
                <Text className="muted">您还没有分派服务的村，请联系司法所。</Text>
              ) : (
                <ChoiceRow
                  options={villages.map((v) => v.id)}
                  labels={Object.fromEntries(villages.map((v) => [v.id, v.name]))}
                  value={chosen}
                  onChange={setVillageId}
                />
              )}
              <Button
                className="btn btn--primary btn--block"
                disabled={busy || !chosen || undefined}
                onClick={() => stamp('checkIn')}
              >
                {busy ? stepText : '拍照签到'}
              </Button>
              <Text className="muted">点签到后手机会定位几次，再打开相机拍一张现场照片。</Text>
            </View>
          )}
          {problem && <Text className="checkin__problem">{problem}</Text>}
        </View>
      )}
    </PageShell>
  );
}
