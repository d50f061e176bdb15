import type { VisitRecordKind } from '@contracts/plain/team';
import { visitRecordKindLabels, visitRecordKinds } from '@contracts/plain/team';
import type { VisitRecord } from '@contracts/team/models';
import { Image, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { FormField } from '@/components/FormField';
import { SubmitButton } from '@/components/SubmitButton';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { pickPhotos } from '@/services/pick-photos';
import { uploadOwnFile } from '@/services/upload';
import { visitApi } from '@/services/visit';
import { type DisputeDraft, DisputeFields, emptyDispute } from './DisputeFields';

interface Props {
  visitId: string;
  onSaved: (record: VisitRecord) => void;
}

/** Records one thing done on the visit: its kind, topic, how many came, photos; for a screening, the dispute. */
export function RecordForm({ visitId, onSaved }: Props) {
  const [kind, setKind] = useState<VisitRecordKind>('lecture');
  const [topic, setTopic] = useState('');
  const [attendance, setAttendance] = useState('');
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<{ fileID: string; url: string }[]>([]);
  const [withDispute, setWithDispute] = useState(true);
  const [dispute, setDispute] = useState<DisputeDraft>(emptyDispute);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const submit = useSubmit();

  const addPhoto = async () => {
    try {
      const [picked] = await pickPhotos(1, ['camera', 'album']);
      if (!picked) return;
      const up = await uploadOwnFile('visit', picked.path, '照片没传上去，请检查网络后再试');
      setPhotos((p) => [...p, up]);
    } catch (error) {
      if (!/cancel/.test(String((error as { errMsg?: string }).errMsg))) setMessage(errorText(error));
    }
  };

  const save = () =>
    submit.run(async () => {
      setErrors({});
      setMessage('');
      const screening = kind === 'screening' && withDispute;
      try {
        const record = await visitApi.recordActivity({
          visitId,
          kind,
          topic,
          ...(attendance ? { attendance: Number(attendance) } : {}),
          ...(note ? { note } : {}),
          photoFileIds: photos.map((p) => p.fileID),
          ...(screening ? { dispute: { ...dispute, disputeType: dispute.disputeType ?? '其他' } } : {}),
        });
        setTopic('');
        setAttendance('');
        setNote('');
        setPhotos([]);
        setDispute(emptyDispute);
        onSaved(record);
      } catch (error) {
        setErrors(fieldErrors(error));
        setMessage(errorText(error));
      }
    });

  const counted = kind === 'publicity' || kind === 'lecture';
  return (
    <View className="card record-form">
      <Text className="label">做了什么</Text>
      <ChoiceRow options={visitRecordKinds} labels={visitRecordKindLabels} value={kind} onChange={setKind} />
      <FormField
        label="主题"
        value={topic}
        onInput={setTopic}
        error={errors.topic}
        placeholder="例如：民法典与婚姻家庭"
      />
      {counted && (
        <FormField
          label="参加人数"
          type="number"
          value={attendance}
          onInput={setAttendance}
          error={errors.attendance}
        />
      )}
      {kind === 'screening' && (
        <View className="record-form__dispute">
          <ChoiceRow
            options={['yes', 'no'] as const}
            labels={{ yes: '排查到纠纷', no: '没有发现纠纷' }}
            value={withDispute ? 'yes' : 'no'}
            onChange={(v) => setWithDispute(v === 'yes')}
          />
          {withDispute && <DisputeFields value={dispute} onChange={setDispute} errors={errors} />}
        </View>
      )}
      <Text className="label">备注（可不填）</Text>
      <Textarea className="textarea" value={note} maxlength={500} onInput={(e) => setNote(e.detail.value)} />
      <View className="record-form__photos">
        {photos.map((p) => (
          <Image key={p.fileID} className="record-form__photo" src={p.url} mode="aspectFill" />
        ))}
        {photos.length < 9 && (
          <View className="record-form__add" onClick={addPhoto}>
            <Text>＋ 照片</Text>
          </View>
        )}
      </View>
      {message && <Text className="error-text">{message}</Text>}
      <SubmitButton busy={submit.busy} onClick={save}>
        保存这条记录
      </SubmitButton>
    </View>
  );
}
