import { Image, Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  name: string;
  url?: string;
  size?: 'md' | 'lg';
}

/** A photo when there is one, otherwise the first character of the name on a coloured circle. */
export function Avatar({ name, url, size = 'md' }: Props) {
  if (url) return <Image className={`avatar avatar--${size}`} src={url} mode="aspectFill" />;
  return (
    <View className={`avatar avatar--${size} avatar--initial`}>
      <Text>{name.trim().charAt(0) || '?'}</Text>
    </View>
  );
}
