import type { CaseDetail } from '@contracts/case/models';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ReasonBox } from '@/components/ReasonBox';
import { ReschedulePicker } from '@/components/ReschedulePicker';
import { SubmitButton } from '@/components/SubmitButton';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useBookingNotices } from '@/hooks/useBookingNotices';
import { forgetDraft } from '@/hooks/useDraft';
import { useSubmit } from '@/hooks/useSubmit';
import { bookingApi } from '@/services/booking';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';
import { AgreementForm, agreementDraftKey } from './AgreementForm';
import { ReferralForm } from './ReferralForm';

type Mode = 'idle' | 'decline' | 'propose' | 'reschedule' | 'cancel' | 'succeed' | 'fail' | 'amend';

/** The mediator's next moves on a case, from the lifecycle table and the booking's status. */
export function MediatorActions({ c, onChanged }: { c: CaseDetail; onChanged: (next: CaseDetail) => void }) {
  const [mode, setMode] = useState<Mode>('idle');
  const { busy, run: guarded } = useSubmit();
  const [error, setError] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const askNotices = useBookingNotices();
  const run = (work: () => Promise<CaseDetail>, done: string) =>
    guarded(async () => {
      // A natural tap to ask again for the notifications whose credit ran out (new bookings, changes).
      askNotices();
      setError('');
      try {
        onChanged(await work());
        setMode('idle');
        Taro.showToast({ title: done, icon: 'success' });
      } catch (e) {
        setError(errorText(e));
        setFields(fieldErrors(e));
      }
    });
  const back = () => setMode('idle');
  const b = c.booking;
  const can = (e: CaseDetail['allowedEvents'][number]) => c.allowedEvents.includes(e);
  const err = error ? <Text className="error-text">{error}</Text> : null;
  if (mode === 'decline')
    return (
      <>
        {err}
        <ReasonBox
          title="不予受理的原因（居民会看到）"
          placeholder="如：已经起诉到法院的纠纷不能再调解"
          confirmText="不予受理"
          busy={busy}
          onCancel={back}
          onConfirm={(r) => run(() => bookingApi.decline(c.id, r), '已处理')}
        />
      </>
    );
  if (mode === 'cancel')
    return (
      <>
        {err}
        <ReasonBox
          title="取消本次调解时间的原因（居民会看到）"
          placeholder="如：临时要去县里开会"
          confirmText="取消这次时间"
          busy={busy}
          onCancel={back}
          onConfirm={(r) => run(() => bookingApi.cancel(c.id, r), '已取消')}
        />
      </>
    );
  if (mode === 'propose' || mode === 'reschedule') {
    const work = (startAt: number) =>
      mode === 'propose' ? bookingApi.propose(c.id, startAt) : bookingApi.reschedule(c.id, startAt);
    return (
      <>
        {err}
        <ReschedulePicker
          mediatorId={c.mediator.id}
          title={mode === 'propose' ? '建议一个新时间，等居民同意' : '改到哪个时间'}
          busy={busy}
          onCancel={back}
          onConfirm={(s) => run(() => work(s.startAt), '已保存')}
        />
      </>
    );
  }
  if (mode === 'succeed')
    return (
      <>
        {err}
        <AgreementForm
          caseId={c.id}
          initialFacts={c.description}
          names={{ resident: c.residentName, other: c.otherParty.name }}
          busy={busy}
          errors={fields}
          onCancel={back}
          onSubmit={(agreement) =>
            run(async () => {
              const next = await caseApi.transition({ caseId: c.id, event: 'succeed', agreement });
              forgetDraft(agreementDraftKey(c.id));
              return next;
            }, '已记录')
          }
        />
      </>
    );
  const a = c.agreement;
  if (mode === 'amend' && a)
    return (
      <>
        {err}
        <Text className="banner">修改后，双方已有的签名全部作废，需要重新签名。</Text>
        <AgreementForm
          caseId={c.id}
          initialFacts={a.facts}
          names={
            a.parties ?? { resident: c.residentName, other: c.otherParty.registeredName ?? c.otherParty.name }
          }
          current={{ terms: a.terms, performance: a.performance }}
          busy={busy}
          errors={fields}
          onCancel={back}
          onSubmit={(agreement) => run(() => caseApi.amendAgreement({ caseId: c.id, agreement }), '已修改')}
        />
      </>
    );
  if (mode === 'fail')
    return (
      <>
        {err}
        <ReferralForm
          busy={busy}
          onCancel={back}
          onSubmit={(to, note) =>
            run(() => caseApi.transition({ caseId: c.id, event: 'fail', referral: { to, note } }), '已记录')
          }
        />
      </>
    );
  const button = (label: string, onClick: () => void, kind: 'primary' | 'plain' | 'ghost' = 'plain') => (
    <SubmitButton key={label} busy={busy} kind={kind} busyText={label} onClick={onClick}>
      {label}
    </SubmitButton>
  );
  return (
    <View className="actions">
      {err}
      {b.status === 'pending' && [
        button('确认预约', () => run(() => bookingApi.confirm(c.id), '已确认'), 'primary'),
        button('建议其他时间', () => setMode('propose')),
        button('不予受理', () => setMode('decline'), 'ghost'),
      ]}
      {c.state === 'accepted' &&
        ['needs_slot', 'cancelled'].includes(b.status) &&
        button('约一个时间', () => setMode('propose'), 'primary')}
      {can('start') &&
        button(
          '开始调解',
          () => run(() => caseApi.transition({ caseId: c.id, event: 'start' }), '调解开始'),
          'primary',
        )}
      {can('start') &&
        b.rescheduleCount < 2 &&
        button(`改约时间（还能改${2 - b.rescheduleCount}次）`, () => setMode('reschedule'))}
      {can('unschedule') && button('取消这次时间', () => setMode('cancel'), 'ghost')}
      {can('succeed') && button('调解成功，填写协议', () => setMode('succeed'), 'primary')}
      {can('fail') && button('调解未成功', () => setMode('fail'), 'ghost')}
      {c.signing && (
        <Text className="muted">{`双方签名：已签${c.signing.signatures.length}/2${c.signing.effectiveAt ? '，协议已生效' : ''}`}</Text>
      )}
      {c.state === 'mediated_success' && a && button('修改协议条款', () => setMode('amend'))}
      {c.agreement &&
        button('查看调解协议书', () =>
          Taro.navigateTo({ url: `/package-case/pages/agreement/index?id=${c.id}` }),
        )}
      {can('close') &&
        button(
          '结案',
          () => run(() => caseApi.transition({ caseId: c.id, event: 'close' }), '已结案'),
          'ghost',
        )}
    </View>
  );
}
