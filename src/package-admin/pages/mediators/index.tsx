import type { MediatorAdminView } from '@contracts/admin/mediator';
import type { TUpdateMediatorInput } from '@contracts/functions/mediator-admin';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useAsync } from '@/hooks/useAsync';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { mediatorApi } from '@/services/mediator';
import { AdminGate } from '../../components/AdminGate';
import { AddMediator } from './components/AddMediator';
import { MediatorCard } from './components/MediatorCard';
import { MediatorForm } from './components/MediatorForm';
import './index.scss';

/** The roster with each mediator's load and ratings; edit a profile, deactivate or activate, add someone. */
export default function MediatorsPage() {
  const load = useCallback(async () => (await mediatorApi.adminList()).items, []);
  const { data, error, loading, reload } = useAsync<MediatorAdminView[]>(load);
  const [editing, setEditing] = useState('');
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, run: guarded } = useSubmit();

  const save = (input: TUpdateMediatorInput) =>
    guarded(async () => {
      setErrors({});
      try {
        await mediatorApi.update(input);
        setEditing('');
        reload();
      } catch (err) {
        setErrors(fieldErrors(err));
        if (Object.keys(fieldErrors(err)).length === 0)
          Taro.showToast({ title: errorText(err), icon: 'none' });
      }
    });
  const toggleActive = (m: MediatorAdminView) =>
    guarded(async () => {
      const content = m.active
        ? `停用后“${m.name}”不再出现在名单中，正在接待的 ${m.openConsultations} 件咨询改派给有空的调解员，没人能接的回到排队。`
        : `启用后“${m.name}”重新出现在名单中。`;
      const { confirm } = await Taro.showModal({
        title: m.active ? '停用调解员' : '启用调解员',
        content,
        confirmText: '确定',
        cancelText: '取消',
      });
      if (!confirm) return;
      try {
        const res = await mediatorApi.setActive(m.id, !m.active);
        const moved = [
          res.reassigned ? `${res.reassigned}件已改派` : '',
          res.requeued ? `${res.requeued}件回到排队` : '',
        ]
          .filter(Boolean)
          .join('，');
        Taro.showToast({ title: moved ? `已停用，${moved}` : '已更新', icon: 'none' });
        reload();
      } catch (err) {
        Taro.showToast({ title: errorText(err), icon: 'none' });
      }
    });

  return (
    <AdminGate className="mediators-admin">
      <View className="section mediators-admin__head">
        <Text className="section__title">调解员</Text>
        <Button className="btn btn--primary" onClick={() => setAdding(!adding)}>
          {adding ? '收起' : '添加调解员'}
        </Button>
      </View>
      {adding && (
        <View className="section">
          <AddMediator onAdded={reload} />
        </View>
      )}
      <View className="section">
        {loading && !data ? (
          <Loading />
        ) : error ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : data && data.length > 0 ? (
          data.map((m) =>
            editing === m.id ? (
              <MediatorForm
                key={m.id}
                mediator={m}
                errors={errors}
                busy={busy}
                onSave={save}
                onCancel={() => setEditing('')}
              />
            ) : (
              <MediatorCard
                key={m.id}
                mediator={m}
                busy={busy}
                onEdit={() => setEditing(m.id)}
                onToggleActive={() => toggleActive(m)}
              />
            ),
          )
        ) : (
          <Empty text="还没有调解员，点“添加调解员”" />
        )}
      </View>
    </AdminGate>
  );
}
