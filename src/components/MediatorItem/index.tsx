import type { MediatorCard } from '@contracts/models';
import { Text, View } from '@tarojs/components';
import { Avatar } from '../Avatar';
import './index.scss';

/** One mediator as residents see them: who, what they handle, where, and whether they are online now. */
export function MediatorItem({ mediator }: { mediator: MediatorCard }) {
  const { name, photoUrl, title, specialties, areas, online, hours } = mediator;
  return (
    <View className="mediator card">
      <Avatar name={name} url={photoUrl} />
      <View className="mediator__body">
        <View className="mediator__head">
          <Text className="mediator__name">{name}</Text>
          <View className={`mediator__status${online ? ' mediator__status--on' : ''}`}>
            <View className="mediator__dot" />
            <Text>{online ? '在线' : '离线'}</Text>
          </View>
        </View>
        {title && <Text className="mediator__title">{title}</Text>}
        {specialties.length > 0 && (
          <View className="mediator__tags">
            {specialties.map((s) => (
              <Text key={s} className="mediator__tag">
                {s}
              </Text>
            ))}
          </View>
        )}
        {areas.length > 0 && <Text className="mediator__meta">服务区域：{areas.join('、')}</Text>}
        {hours && <Text className="mediator__meta">服务时间：{hours}</Text>}
      </View>
    </View>
  );
}
