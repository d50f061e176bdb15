import type { Slot } from '@contracts/booking';
import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { HelpLine, isRefusedText } from '@/components/HelpLine';
import { PageShell } from '@/components/PageShell';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useAsync } from '@/hooks/useAsync';
import { useBookingNotices } from '@/hooks/useBookingNotices';
import { useDraft } from '@/hooks/useDraft';
import { bookingApi } from '@/services/booking';
import { caseApi } from '@/services/case';
import { CloudTransportError, errorText } from '@/services/errors';
import { mediatorApi } from '@/services/mediator';
import { ConfirmStep } from './components/ConfirmStep';
import { DisputeStep } from './components/DisputeStep';
import { TimeStep } from './components/TimeStep';
import { DRAFT_KEY, disputeProblems, draftErrorKeys, emptyDraft } from './draft';
import '@/styles/case-pages.scss';
import { useSubmit } from '@/hooks/useSubmit';

/** 预约调解: three short steps, the draft kept on the phone until the booking is made. */
export default function Booking() {
  const { params } = useRouter();
  const {
    draft,
    change,
    errors,
    setErrors,
    clear: clearDraft,
  } = useDraft(DRAFT_KEY, emptyDraft, draftErrorKeys);
  const [step, setStep] = useState(0);
  const [slot, setSlot] = useState<Slot>();
  const { busy, run: guarded } = useSubmit();
  const [submitError, setSubmitError] = useState('');
  const askNotices = useBookingNotices();
  const [refused, setRefused] = useState(false);

  // Coming from a consultation turned into a case: type and description are filled in for the resident.
  const fromConsultation = params.fromConsultationId;
  useEffect(() => {
    if (!fromConsultation) return;
    bookingApi.prefill(fromConsultation).then(
      (p) =>
        change({
          disputeType: p.disputeType,
          ...(p.description ? { description: p.description } : {}),
          fromConsultationId: fromConsultation,
        }),
      () => undefined,
    );
  }, [fromConsultation, change]);

  // Loaded once the resident reaches the time step, and kept while they go on to confirm.
  const pickingTime = step >= 1;
  const mediators = useAsync(
    useCallback(
      () =>
        pickingTime ? mediatorApi.list({ disputeType: draft.disputeType }) : Promise.resolve({ items: [] }),
      [pickingTime, draft.disputeType],
    ),
  );
  const slots = useAsync(
    useCallback(
      () =>
        pickingTime
          ? bookingApi.slots({ mediatorId: draft.mediatorId || undefined, disputeType: draft.disputeType })
          : Promise.resolve(undefined),
      [pickingTime, draft.mediatorId, draft.disputeType],
    ),
  );

  const toTime = () => {
    const problems = disputeProblems(draft);
    setErrors(problems);
    if (Object.keys(problems).length === 0) setStep(1);
  };

  const submit = () =>
    guarded(async () => {
      if (!slot || !draft.disputeType || !slots.data) return;
      askNotices();
      setSubmitError('');
      const mediatorId = slots.data.mediator.id;
      try {
        const made = await bookingApi.create({
          disputeType: draft.disputeType,
          description: draft.description.trim(),
          otherParty: {
            name: draft.otherName.trim(),
            relation: draft.otherRelation.trim(),
            village: draft.otherVillage.trim(),
            ...(draft.otherPhone ? { phone: draft.otherPhone.trim() } : {}),
          },
          ...(draft.address.trim() ? { address: draft.address.trim() } : {}),
          mediatorId,
          startAt: slot.startAt,
          place: draft.place,
          ...(draft.fromConsultationId ? { fromConsultationId: draft.fromConsultationId } : {}),
        });
        clearDraft();
        Taro.redirectTo({ url: `/package-case/pages/case/index?id=${made.id}&new=1` });
      } catch (e) {
        // The answer may be lost after the booking was made: look before asking to try again.
        if (e instanceof CloudTransportError) {
          const mine = await caseApi.mine().catch(() => null);
          const made = mine?.items.find(
            (c) => c.booking.startAt === slot.startAt && c.mediator.id === mediatorId,
          );
          if (made) {
            clearDraft();
            Taro.redirectTo({ url: `/package-case/pages/case/index?id=${made.id}&new=1` });
            return;
          }
        }
        const fields = fieldErrors(e);
        if (fields.startAt) {
          setSlot(undefined);
          slots.reload();
          setStep(1);
          Taro.showToast({ title: '该时段已被预约，请另选', icon: 'none', duration: 2500 });
        } else if (Object.keys(fields).some((k) => k !== 'startAt' && k !== 'place')) {
          setErrors(fields);
          setStep(0);
        }
        setSubmitError(errorText(e));
        setRefused(isRefusedText(e));
      }
    });

  return (
    <PageShell className="booking">
      <View className="section">
        <View className="steps">
          {[0, 1, 2].map((i) => (
            <View key={i} className={`steps__item${i <= step ? ' steps__item--on' : ''}`} />
          ))}
        </View>
        {step === 0 && <DisputeStep draft={draft} errors={errors} onChange={change} onNext={toTime} />}
        {step === 1 && (
          <TimeStep
            mediators={mediators.data?.items ?? []}
            mediatorId={draft.mediatorId}
            chosenName={slots.data?.mediator.name}
            days={slots.data?.days}
            loading={slots.loading}
            error={slots.error}
            slot={slot}
            onMediator={(id) => {
              change({ mediatorId: id });
              setSlot(undefined);
            }}
            onPick={setSlot}
            onRetry={slots.reload}
            onBack={() => setStep(0)}
            onNext={() => slot && setStep(2)}
          />
        )}
        {step === 2 && slot && (
          <ConfirmStep
            draft={draft}
            slot={slot}
            mediatorName={slots.data?.mediator.name ?? ''}
            busy={busy}
            error={submitError}
            onPlace={(place) => change({ place })}
            onBack={() => setStep(1)}
            onSubmit={submit}
          />
        )}
        {refused && <HelpLine />}
      </View>
    </PageShell>
  );
}
