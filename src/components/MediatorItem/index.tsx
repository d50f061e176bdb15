import type { MediatorCard } from '@contracts/models';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Avatar } from '../Avatar';
import './index.scss';

/**
 * One mediator as residents see them: who, what they handle, where, and whether they are online now. A tap
 * starts a consultation addressed to them.
 */
export function MediatorItem({ mediator }: { mediator: MediatorCard }) {
  const { id, name, photoUrl, title, specialties, areas, online, hours } = mediator;
  const ask = () => Taro.navigateTo({ url: `/pages/consult-new/index?mediatorId=${id}` });
  return (
    <View className="mediator card" onClick={ask}>
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
        <Text className="mediator__meta">服务时间：{hours}</Text>
        <Text className="mediator__ask">{`向${name}咨询 ›`}</Text>
      </View>
    </View>
  );
}
