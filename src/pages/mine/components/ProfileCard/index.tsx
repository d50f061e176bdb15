import type { Me } from '@contracts/models';
import { roleLabels } from '@contracts/plain/models';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Avatar } from '@/components/Avatar';
import { HeldNote } from '@/components/HeldNote';
import './index.scss';

/** My details as stored; the phone number only ever arrives masked. */
export function ProfileCard({ me, onEdit }: { me: Me; onEdit: () => void }) {
  return (
    <View className="profile card">
      <View className="profile__top">
        <Avatar name={me.nickname} size="lg" />
        <View className="profile__who">
          <Text className="profile__name">{me.nickname || '未填写称呼'}</Text>
          <Text className="profile__role">{roleLabels[me.role]}</Text>
        </View>
      </View>
      <View className="profile__row">
        <Text className="profile__key">手机号</Text>
        <Text className="profile__value">{me.phoneMasked ?? '未填写'}</Text>
      </View>
      {/* The village comes from the area tree, picked on its own page in a subpackage. */}
      <View
        className="profile__row"
        onClick={() => Taro.navigateTo({ url: '/package-info/pages/village/index' })}
      >
        <Text className="profile__key">村（社区）</Text>
        <Text className="profile__value">{me.village || '去选择'} ›</Text>
      </View>
      <HeldNote held={me.held} />
      <Button className="btn btn--plain btn--block profile__edit" onClick={onEdit}>
        修改资料
      </Button>
    </View>
  );
}
