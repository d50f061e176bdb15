import type { MediatorAdminView } from '@contracts/admin/mediator';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { SubmitButton } from '@/components/SubmitButton';
import './index.scss';

interface Props {
  mediator: MediatorAdminView;
  busy: boolean;
  onEdit: () => void;
  onToggleActive: () => void;
}

/** One mediator: who, where, what they handle, how loaded they are now, and how residents rate them. */
export function MediatorCard({ mediator: m, busy, onEdit, onToggleActive }: Props) {
  return (
    <View className={`mcard card${m.active ? '' : ' mcard--inactive'}`}>
      <View className="mcard__head">
        <Text className="mcard__name">
          {m.name}
          {m.title ? ` · ${m.title}` : ''}
        </Text>
        <Text className="mcard__state">{!m.active ? '已停用' : m.online ? '在线' : '离线'}</Text>
      </View>
      <Text className="mcard__line">
        接待中 {m.openConsultations}/{m.capacity} 件 ·{' '}
        {m.ratingAverage !== undefined ? `评分 ${m.ratingAverage}（${m.ratingCount}人）` : '暂无评分'}
      </Text>
      <Text className="mcard__line">擅长：{m.specialties.length ? m.specialties.join('、') : '未设置'}</Text>
      <Text className="mcard__line">片区：{m.areas.length ? m.areas.join('、') : '未设置'}</Text>
      <Text className="mcard__line">工作时间：{m.hours}</Text>
      <View className="mcard__actions">
        <Button className="btn btn--plain" disabled={busy || undefined} onClick={onEdit}>
          编辑
        </Button>
        <Button
          className="btn btn--plain"
          onClick={() =>
            Taro.navigateTo({ url: `/package-mediator/pages/availability/index?mediatorId=${m.id}` })
          }
        >
          预约时间
        </Button>
        <SubmitButton
          busy={busy}
          kind="ghost"
          block={false}
          busyText={m.active ? '停用' : '启用'}
          onClick={onToggleActive}
        >
          {m.active ? '停用' : '启用'}
        </SubmitButton>
      </View>
    </View>
  );
}
