import type { AttachmentRef } from '@contracts/legal-aid/status';
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { legalAidApi } from '@/services/legal-aid';
import { PhotoPicker } from '../../components/PhotoPicker';

/** Photos and a short note answering the officer's request; sending puts the application back in review. */
export function AddMaterial({ id, onDone }: { id: string; onDone: () => void }) {
  const [photos, setPhotos] = useState<AttachmentRef[]>([]);
  const [note, setNote] = useState('');
  const submitting = useSubmit();
  const [error, setError] = useState('');
  const send = () => {
    if (photos.length === 0) return setError('请至少拍一张照片');
    void submitting.run(async () => {
      setError('');
      try {
        await legalAidApi.addMaterial({ id, attachments: photos, note });
        onDone();
      } catch (e) {
        setError(errorText(e));
      }
    });
  };
  return (
    <View className="section card detail__add">
      <Text className="section__title">补充材料</Text>
      <PhotoPicker
        kind="case"
        label="拍下要补充的材料"
        photos={photos}
        onAdd={(ref) => setPhotos((p) => [...p, ref])}
        onRemove={(fileID) => setPhotos((p) => p.filter((x) => x.fileID !== fileID))}
      />
      <Textarea
        className="detail__note"
        value={note}
        maxlength={200}
        placeholder="想说明的话（可以不填）"
        onInput={(e) => setNote(e.detail.value)}
      />
      {error && <Text className="detail__error">{error}</Text>}
      <SubmitButton busy={submitting.busy} onClick={send}>
        提交补充材料
      </SubmitButton>
    </View>
  );
}
