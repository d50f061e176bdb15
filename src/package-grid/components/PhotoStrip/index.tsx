import { Image, Text, View } from '@tarojs/components';
import { errorText } from '@/services/errors';
import { pickPhotos } from '@/services/pick-photos';
import './index.scss';

interface Props {
  paths: string[];
  onChange: (paths: string[]) => void;
  onError: (message: string) => void;
  max?: number;
  addText?: string;
}

/**
 * On-site photos, taken with the camera (a photo of the place now, not an old one from the album); tapping
 * a photo removes it.
 */
export function PhotoStrip({ paths, onChange, onError, max = 9, addText = '拍照' }: Props) {
  const add = async () => {
    try {
      const picked = await pickPhotos(max - paths.length, ['camera']);
      onChange([...paths, ...picked.map((p) => p.path)].slice(0, max));
    } catch (e) {
      if (!/cancel/i.test(String((e as { errMsg?: string }).errMsg ?? ''))) onError(errorText(e));
    }
  };
  return (
    <View className="gphotos">
      {paths.map((p) => (
        <Image
          key={p}
          className="gphotos__thumb"
          src={p}
          mode="aspectFill"
          onClick={() => onChange(paths.filter((x) => x !== p))}
        />
      ))}
      {paths.length < max && (
        <View className="gphotos__add" onClick={add}>
          <Text>+ {addText}</Text>
        </View>
      )}
    </View>
  );
}
