import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.scss';

interface Entry {
  key: string;
  label: string;
  hint: string;
  glyph: string;
  tone: 'teal' | 'orange' | 'blue';
  open: () => void;
}

const entries: Entry[] = [
  {
    key: 'consult',
    label: '在线咨询',
    hint: '有问题先问问',
    glyph: '问',
    tone: 'teal',
    open: () => Taro.switchTab({ url: '/pages/consult/index' }),
  },
  {
    key: 'booking',
    label: '预约调解',
    hint: '约时间当面谈',
    glyph: '约',
    tone: 'orange',
    open: () => Taro.navigateTo({ url: '/package-case/pages/booking/index' }),
  },
  {
    key: 'legal-aid',
    label: '法律援助',
    hint: '免费法律帮助',
    glyph: '援',
    tone: 'blue',
    open: () => Taro.navigateTo({ url: '/package-legal-aid/pages/start/index' }),
  },
];

/** The three big doors of the app, sized for thumbs and eyes of every age. */
export function EntryGrid() {
  return (
    <View className="entry-grid card">
      {entries.map((e) => (
        <View key={e.key} className="entry" onClick={e.open}>
          <View className={`entry__icon entry__icon--${e.tone}`}>
            <Text>{e.glyph}</Text>
          </View>
          <Text className="entry__label">{e.label}</Text>
          <Text className="entry__hint">{e.hint}</Text>
        </View>
      ))}
    </View>
  );
}
