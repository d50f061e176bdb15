import type { GridEventDetail, Unit } from '@contracts/grid/models';
import type { GridStep } from '@contracts/plain/grid';
import type { DisputeType } from '@contracts/plain/models';
import { Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { DisputeTypePicker } from '@/components/DisputeTypePicker';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { CloudActionError, errorText } from '@/services/errors';
import { gridEventApi } from '@/services/gridevent';
import { uploadOwnFile } from '@/services/upload';
import { PhotoStrip } from '../../../components/PhotoStrip';
import { stepNeeds } from './step-needs';

interface Props {
  event: GridEventDetail;
  step: GridStep;
  onDone: (event: GridEventDetail) => void;
  onCancel: () => void;
}

const DAY = 86_400_000;
const extensionChoices = ['1', '2', '3', '5'] as const;

/** The form of one step: only what the step needs, then one button that takes it. */
export function StepForm({ event, step, onDone, onCancel }: Props) {
  const needs = stepNeeds[step] ?? { button: step };
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [unitId, setUnitId] = useState<string>();
  const [units, setUnits] = useState<Unit[]>([]);
  const [days, setDays] = useState<(typeof extensionChoices)[number]>('2');
  const [disputeType, setDisputeType] = useState<DisputeType>();
  const [error, setError] = useState('');
  const submitting = useSubmit();
  useEffect(() => {
    if (needs.unit)
      gridEventApi.units().then(
        (r) => setUnits(r.items),
        (e) => setError(errorText(e)),
      );
  }, [needs.unit]);

  const take = () => {
    if (needs.note === 'required' && note.trim().length < 2) return setError('请先写几句说明');
    if (needs.photos && photos.length === 0) return setError('请先拍一张现场照片');
    if (needs.unit && !unitId) return setError('请选择处置单位');
    if (needs.disputeType && !disputeType) return setError('请选择纠纷类型');
    void submitting.run(async () => {
      setError('');
      try {
        if (step === 'to_case' && disputeType)
          return onDone((await gridEventApi.toCase(event.id, disputeType)).event);
        const fileIds = [];
        for (const p of photos)
          fileIds.push((await uploadOwnFile('grid-event', p, '照片没传上去，请检查网络后再试')).fileID);
        const base = { eventId: event.id, ...(note.trim() ? { note: note.trim() } : {}) };
        const input = {
          step,
          ...base,
          ...(fileIds.length ? { photos: fileIds } : {}),
          ...(unitId ? { unitId } : {}),
        };
        const until = (event.deadline ?? Date.now()) + Number(days) * DAY;
        onDone(
          await gridEventApi.act(
            (step === 'ask_extension' ? { ...input, until } : input) as Parameters<
              typeof gridEventApi.act
            >[0],
          ),
        );
      } catch (e) {
        setError(
          e instanceof CloudActionError && e.fields
            ? (Object.values(e.fields)[0] ?? e.message)
            : errorText(e),
        );
      }
    });
  };

  return (
    <View className="card gstep">
      <Text className="label">{needs.button}</Text>
      {needs.unit && (
        <ChoiceRow
          options={units.map((u) => u.id)}
          labels={Object.fromEntries(units.map((u) => [u.id, u.name]))}
          value={unitId}
          onChange={setUnitId}
        />
      )}
      {needs.extensionDays && (
        <ChoiceRow
          options={extensionChoices}
          labels={{ 1: '延期1天', 2: '延期2天', 3: '延期3天', 5: '延期5天' }}
          value={days}
          onChange={setDays}
        />
      )}
      {needs.disputeType && <DisputeTypePicker value={disputeType} onChange={setDisputeType} />}
      {needs.photos && <PhotoStrip paths={photos} onChange={setPhotos} onError={setError} />}
      {needs.note && (
        <Textarea
          className="textarea"
          value={note}
          maxlength={500}
          placeholder={needs.notePlaceholder}
          onInput={(e) => setNote(e.detail.value)}
        />
      )}
      {error && <Text className="error-text">{error}</Text>}
      <View className="actions">
        <SubmitButton busy={submitting.busy} onClick={take}>
          确定{needs.button}
        </SubmitButton>
        <SubmitButton busy={false} kind="plain" onClick={onCancel}>
          先不办
        </SubmitButton>
      </View>
    </View>
  );
}
