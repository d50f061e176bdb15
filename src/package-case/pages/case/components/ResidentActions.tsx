import type { CaseDetail } from '@contracts/case/models';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ReasonBox } from '@/components/ReasonBox';
import { ReschedulePicker } from '@/components/ReschedulePicker';
import { SubmitButton } from '@/components/SubmitButton';
import { useBookingNotices } from '@/hooks/useBookingNotices';
import { useSubmit } from '@/hooks/useSubmit';
import { bookingApi } from '@/services/booking';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';
import { AgreementLinks } from './AgreementLinks';

type Mode = 'idle' | 'reschedule' | 'cancel';

/** What a resident can do with their case now: answer a proposed time, change the time, cancel, invite. */
export function ResidentActions({ c, onChanged }: { c: CaseDetail; onChanged: (next: CaseDetail) => void }) {
  const [mode, setMode] = useState<Mode>('idle');
  const { busy, run: guarded } = useSubmit();
  const [message, setMessage] = useState('');
  const [invitePath, setInvitePath] = useState('');
  const askNotices = useBookingNotices();
  const run = (work: () => Promise<CaseDetail>, done: string) =>
    guarded(async () => {
      askNotices();
      setMessage('');
      try {
        onChanged(await work());
        setMode('idle');
        Taro.showToast({ title: done, icon: 'success' });
      } catch (e) {
        setMessage(errorText(e));
      }
    });
  const invite = () =>
    guarded(async () => {
      try {
        const inv = await caseApi.invite(c.id);
        setInvitePath(inv.path);
        setMessage('邀请已生成，点下面的按钮发给对方。对方打开后可以确认是否参加，每张邀请只能用一次。');
      } catch (e) {
        setMessage(errorText(e));
      }
    });
  const b = c.booking;
  const canMove =
    ['pending', 'needs_slot', 'confirmed', 'proposed'].includes(b.status) &&
    c.allowedEvents.includes('withdraw');
  if (mode === 'reschedule') {
    return (
      <ReschedulePicker
        mediatorId={c.mediator.id}
        title="选一个新时间"
        busy={busy}
        onCancel={() => setMode('idle')}
        onConfirm={(s) => run(() => bookingApi.reschedule(c.id, s.startAt), '已改约')}
      />
    );
  }
  if (mode === 'cancel') {
    return (
      <ReasonBox
        title="为什么取消？调解员会看到"
        placeholder="如：已经和对方私下说好了"
        confirmText="确认取消预约"
        busy={busy}
        onCancel={() => setMode('idle')}
        onConfirm={(r) => run(() => bookingApi.cancel(c.id, r), '已取消')}
      />
    );
  }
  return (
    <View className="actions">
      {message && <Text className="banner">{message}</Text>}
      {b.status === 'proposed' && (
        <>
          <SubmitButton busy={busy} onClick={() => run(() => bookingApi.respond(c.id, true), '已同意')}>
            同意这个新时间
          </SubmitButton>
          <SubmitButton
            busy={busy}
            kind="plain"
            onClick={() => run(() => bookingApi.respond(c.id, false), '请另选时间')}
          >
            不同意，我另选时间
          </SubmitButton>
        </>
      )}
      {canMove && b.status !== 'proposed' && (
        <Button className="btn btn--plain btn--block" onClick={() => setMode('reschedule')}>
          {b.status === 'needs_slot'
            ? '重新选择时间'
            : `改约时间${b.status === 'confirmed' ? `（还能改${2 - b.rescheduleCount}次）` : ''}`}
        </Button>
      )}
      {c.allowedEvents.includes('withdraw') && (
        <>
          {invitePath ? (
            <Button className="btn btn--primary btn--block" openType="share" data-path={invitePath}>
              发给对方（微信）
            </Button>
          ) : (
            <SubmitButton busy={busy} kind="plain" busyText="正在生成邀请…" onClick={invite}>
              邀请对方参加
            </SubmitButton>
          )}
          <Button className="btn btn--ghost btn--block" onClick={() => setMode('cancel')}>
            取消预约
          </Button>
        </>
      )}
      {c.referral?.to === 'legal_aid' && (
        // The mediator referred the dispute to legal aid: the resident applies from here, pre-check first.
        <Button
          className="btn btn--primary btn--block"
          onClick={() => Taro.navigateTo({ url: '/package-legal-aid/pages/precheck/index' })}
        >
          申请法律援助
        </Button>
      )}
      <AgreementLinks caseId={c.id} signing={c.signing} failed={c.state === 'mediation_failed'} />
      {c.agreement && (
        <Button
          className="btn btn--plain btn--block"
          onClick={() => Taro.navigateTo({ url: `/package-case/pages/agreement/index?id=${c.id}` })}
        >
          查看调解协议书
        </Button>
      )}
      <Button
        className="btn btn--ghost btn--block"
        onClick={() => Taro.navigateTo({ url: `/package-case/pages/case-code/index?id=${c.id}` })}
      >
        案件码（一案一码）
      </Button>
    </View>
  );
}
