import { roleLabels } from '@contracts/plain/models';
import { type TeamMemberRole, teamMemberRoles } from '@contracts/plain/team';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { useAsync } from '@/hooks/useAsync';
import { useSubmit } from '@/hooks/useSubmit';
import { useUsers } from '@/hooks/useUsers';
import { callCloud } from '@/services/cloud';
import { errorText } from '@/services/errors';
import { teamApi } from '@/services/team';
import { TeamGate } from '../../components/TeamGate';
import './index.scss';

/** Every village of the county, town by town, from the area tree. */
async function loadVillages(): Promise<{ id: string; name: string }[]> {
  const towns = (await callCloud('area', 'children', {})).items;
  const lists = await Promise.all(towns.map((t) => callCloud('area', 'children', { parentId: t.id })));
  return lists.flatMap((l, i) =>
    l.items.map((v) => ({ id: v.id, name: `${towns[i]?.name ?? ''} ${v.name}` })),
  );
}

/** The bureau appoints a legal adviser or a local figure and chooses the villages they serve. */
export default function AppointPage() {
  const users = useUsers();
  const villages = useAsync(useCallback(loadVillages, []));
  const [userIndex, setUserIndex] = useState<number>();
  const [role, setRole] = useState<TeamMemberRole>();
  const [chosen, setChosen] = useState<string[]>([]);
  const { busy, run } = useSubmit();
  const person = userIndex === undefined ? undefined : users.data?.[userIndex];
  const toggle = (id: string) =>
    setChosen(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);
  const appoint = () =>
    run(async () => {
      if (!person || !role) return;
      try {
        const m = await teamApi.appoint({ userId: person.id, role, villageIds: chosen });
        Taro.showToast({ title: `已任命${m.name}为${roleLabels[m.role]}`, icon: 'none' });
      } catch (err) {
        Taro.showModal({
          title: '没有任命',
          content: errorText(err),
          showCancel: false,
          confirmText: '知道了',
        });
      }
    });
  const failed = users.error ?? villages.error;
  return (
    <TeamGate roles={['admin']} className="appoint">
      {(users.loading && !users.data) || (villages.loading && !villages.data) ? (
        <View className="section">
          <Loading />
        </View>
      ) : failed || !users.data || !villages.data ? (
        <View className="section">
          <ErrorBlock error={failed} onRetry={users.reload} />
        </View>
      ) : (
        <View className="section appoint__form">
          <Text className="section__title">任命谁</Text>
          <Picker
            mode="selector"
            range={users.data.map((u) => `${u.nickname}（${roleLabels[u.role]}）`)}
            onChange={(e) => setUserIndex(Number(e.detail.value))}
          >
            <Text className="appoint__pick">{person ? person.nickname : '选择用户 ▾'}</Text>
          </Picker>
          <Text className="section__title">担任</Text>
          <ChoiceRow options={teamMemberRoles} labels={roleLabels} value={role} onChange={setRole} />
          <Text className="section__title">服务的村（社区）</Text>
          <View className="choices">
            {villages.data.map((v) => (
              <View
                key={v.id}
                className={`choices__item${chosen.includes(v.id) ? ' choices__item--on' : ''}`}
                onClick={() => toggle(v.id)}
              >
                <Text>{v.name}</Text>
              </View>
            ))}
          </View>
          <SubmitButton
            busy={busy}
            className={person && role && chosen.length ? '' : 'btn--busy'}
            onClick={appoint}
          >
            任命
          </SubmitButton>
        </View>
      )}
    </TeamGate>
  );
}
