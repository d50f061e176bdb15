import type { AttachmentRef } from '@contracts/legal-aid/status';
import type { AttachmentKind } from '@contracts/plain/legal-aid';
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { pickPhotos } from '@/services/pick-photos';
import { uploadPhoto } from '@/services/upload';
import './index.scss';

interface Props {
  kind: AttachmentKind;
  label: string;
  photos: readonly AttachmentRef[];
  onAdd: (ref: AttachmentRef) => void;
  onRemove: (fileID: string) => void;
}

// Previews of photos picked in this session; a resumed draft shows a plain tile instead.
const previews = new Map<string, string>();

/** Take or pick photos of one kind; each is uploaded at once so a closed app loses nothing. */
export function PhotoPicker({ kind, label, photos, onAdd, onRemove }: Props) {
  const { busy, run: guarded } = useSubmit();
  const [error, setError] = useState('');
  const pick = () =>
    guarded(async () => {
      setError('');
      try {
        const chosen = await pickPhotos(3, ['camera', 'album']);
        for (const { path } of chosen) {
          const fileID = await uploadPhoto(path);
          previews.set(fileID, path);
          onAdd({ kind, fileID });
        }
      } catch (e) {
        // Closing the picker is not an error worth a message.
        if (!/cancel/i.test(String((e as { errMsg?: string }).errMsg ?? ''))) setError(errorText(e));
      }
    });
  return (
    <View className="photos">
      <Text className="photos__label">{label}</Text>
      <View className="photos__grid">
        {photos.map((p, i) => (
          <View key={p.fileID} className="photos__tile">
            {previews.has(p.fileID) ? (
              <Image className="photos__img" src={previews.get(p.fileID) ?? ''} mode="aspectFill" />
            ) : (
              <Text className="photos__saved">已上传{i + 1}</Text>
            )}
            <Text className="photos__remove" onClick={() => onRemove(p.fileID)}>
              删除
            </Text>
          </View>
        ))}
        <View className={`photos__add${busy ? ' photos__add--busy' : ''}`} onClick={pick}>
          <Text className="photos__plus">{busy ? '…' : '+'}</Text>
          <Text className="photos__hint">{busy ? '正在上传' : '拍照'}</Text>
        </View>
      </View>
      {error && <Text className="photos__error">{error}</Text>}
    </View>
  );
}
