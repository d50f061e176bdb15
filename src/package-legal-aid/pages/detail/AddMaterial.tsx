import type { AttachmentRef } from '@contracts/legal-aid/status';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { errorText } from '@/services/errors';
import { legalAidApi } from '@/services/legal-aid';
import { PhotoPicker } from '../../components/PhotoPicker';

/** Photos and a short note answering the officer's request; sending puts the application back in review. */
export function AddMaterial({ id, onDone }: { id: string; onDone: () => void }) {
  const [photos, setPhotos] = useState<AttachmentRef[]>([]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const send = async () => {
    if (photos.length === 0) return setError('请至少拍一张照片');
    setBusy(true);
    setError('');
    try {
      await legalAidApi.addMaterial({ id, attachments: photos, note });
      onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
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
      <Button
        className={`btn btn--primary btn--block${busy ? ' btn--busy' : ''}`}
        onClick={busy ? undefined : send}
      >
        {busy ? '正在提交…' : '提交补充材料'}
      </Button>
    </View>
  );
}
