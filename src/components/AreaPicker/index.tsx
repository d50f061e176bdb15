import type { AreaNode } from '@contracts/area/models';
import { Picker, Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { useAsync } from '@/hooks/useAsync';
import { areaApi } from '@/services/area';
import './index.scss';

interface Props {
  /** The node to choose under: the county when omitted, or a staff member's scope. */
  rootId?: string;
  /**
   * `village`: a place to live, so a village must be chosen (a resident's profile). `any`: a town, a
   * village, or the whole root (the statistics).
   */
  mode: 'village' | 'any';
  /** The chosen node: the root itself for its whole (`any`); undefined while no village is chosen (`village`). */
  onChange: (node: AreaNode | undefined) => void;
}

const wholeLabel: Record<string, string> = { county: '全县', town: '全镇（街道）' };

/** One step of the tree as a selector: the root's children, or a chosen town's villages. */
function Step(props: {
  parent: AreaNode;
  items: AreaNode[];
  chosen?: AreaNode;
  whole: boolean;
  onPick: (node: AreaNode | undefined) => void;
}) {
  const { parent, items, chosen, whole, onPick } = props;
  const noun = parent.level === 'county' ? '镇（街道）' : '村（社区）';
  const first = whole ? (wholeLabel[parent.level] ?? '全部') : `请选择${noun}`;
  const range = whole ? [first, ...items.map((a) => a.name)] : items.map((a) => a.name);
  return (
    <Picker
      mode="selector"
      range={range}
      onChange={(e) => onPick(items[Number(e.detail.value) - (whole ? 1 : 0)])}
    >
      <Text className="area-picker__pick">{chosen?.name ?? first} ▾</Text>
    </Picker>
  );
}

/** Picks a place from the area tree, a town then one of its villages, loading each level when needed. */
export function AreaPicker({ rootId, mode, onChange }: Props) {
  const [town, setTown] = useState<AreaNode | undefined>();
  const [village, setVillage] = useState<AreaNode | undefined>();
  const loadRoot = useCallback(() => areaApi.children({ parentId: rootId }), [rootId]);
  const root = useAsync(loadRoot);
  const underTown = root.data?.parent.level === 'county';
  const loadVillages = useCallback(
    async () => (town ? (await areaApi.children({ parentId: town.id })).items : []),
    [town],
  );
  const villages = useAsync(loadVillages);
  const whole = mode === 'any';

  if (!root.data) {
    return <Text className="muted">{root.error ? '区域加载失败，请稍后再试' : '正在加载区域…'}</Text>;
  }
  // A village's (or grid's) staff have nothing finer to choose that the figures know.
  if (root.data.parent.level === 'village' || root.data.parent.level === 'grid') {
    return <Text className="area-picker__pick">{root.data.parent.name}</Text>;
  }
  const top = root.data.parent;
  const pickTown = (node: AreaNode | undefined) => {
    setTown(node);
    setVillage(undefined);
    onChange(whole ? (node ?? top) : undefined);
  };
  const pickVillage = (node: AreaNode | undefined) => {
    setVillage(node);
    onChange(node ?? (whole ? (town ?? top) : undefined));
  };
  return (
    <View className="area-picker">
      {underTown ? (
        <>
          <Step
            parent={root.data.parent}
            items={root.data.items}
            chosen={town}
            whole={whole}
            onPick={pickTown}
          />
          {town && villages.data && (
            <Step parent={town} items={villages.data} chosen={village} whole={whole} onPick={pickVillage} />
          )}
        </>
      ) : (
        <Step
          parent={root.data.parent}
          items={root.data.items}
          chosen={village}
          whole={whole}
          onPick={pickVillage}
        />
      )}
    </View>
  );
}
