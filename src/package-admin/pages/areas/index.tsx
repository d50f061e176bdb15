import type { AreaNode } from '@contracts/area/models';
import { areaLevelLabels, childLevel } from '@contracts/plain/areas';
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { useMe } from '@/hooks/useMe';
import { areaApi } from '@/services/area';
import { AdminGate } from '../../components/AdminGate';
import { AreaForm } from './components/AreaForm';
import './index.scss';

/** One level of the tree: the node, its children to walk into, and the forms that change it. */
function Level({ id, onOpen, onUp }: { id?: string; onOpen: (id: string) => void; onUp?: () => void }) {
  const load = useCallback(() => areaApi.children({ parentId: id }), [id]);
  const { data, error, loading, reload } = useAsync(load);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBlock error={error} onRetry={reload} />;
  const { parent, items } = data;
  const next = childLevel[parent.level];
  return (
    <>
      <View className="card areas__here">
        <Text className="areas__path">{parent.fullName}</Text>
        <Text className="muted">
          {areaLevelLabels[parent.level]} · {parent.hasBoundary ? '已画边界' : '未画边界'}
        </Text>
        {onUp && (
          <Text className="areas__link" onClick={onUp}>
            ‹ 返回上一级
          </Text>
        )}
      </View>
      {next && (
        <View className="card areas__list">
          {items.length === 0 && <Empty text={`还没有${areaLevelLabels[next]}`} />}
          {items.map((a: AreaNode) => (
            <View key={a.id} className="areas__item" onClick={() => onOpen(a.id)}>
              <Text>{a.name}</Text>
              <Text className="muted">{a.hasBoundary ? '有边界 ›' : '无边界 ›'}</Text>
            </View>
          ))}
        </View>
      )}
      {next && (
        <AreaForm
          key={`add-${parent.id}`}
          parent={parent}
          title={`添加${areaLevelLabels[next]}`}
          onSaved={reload}
        />
      )}
      <AreaForm key={`edit-${parent.id}`} node={parent} title={`修改${parent.name}`} onSaved={reload} />
    </>
  );
}

/**
 * The area tree under the admin's scope (the county bureau sees the county, a town's office its town):
 * walk down, add a village, community or grid by name, paste a boundary as GeoJSON.
 */
export default function AreasPage() {
  const { data: me } = useMe();
  const [path, setPath] = useState<string[]>([]);
  const here = path.at(-1) ?? me?.scopeAreaId;
  return (
    <AdminGate className="areas">
      <View className="section">
        {me && (
          <Level
            key={here ?? 'root'}
            id={here}
            onOpen={(id) => setPath([...path, id])}
            onUp={path.length > 0 ? () => setPath(path.slice(0, -1)) : undefined}
          />
        )}
      </View>
    </AdminGate>
  );
}
