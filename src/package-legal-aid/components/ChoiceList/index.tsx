import { Text, View } from '@tarojs/components';
import './index.scss';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  choices: readonly Choice<V>[];
  selected: readonly V[];
  onChange: (next: V[]) => void;
  /** Several may be chosen; then a “都不是” row clears them all. */
  multi?: boolean;
  noneLabel?: string;
}

/** Big tappable rows instead of small radio buttons: easier for old eyes and thick thumbs. */
export function ChoiceList<V extends string>({ choices, selected, onChange, multi, noneLabel }: Props<V>) {
  const toggle = (v: V) => {
    if (!multi) return onChange([v]);
    onChange(selected.includes(v) ? selected.filter((s) => s !== v) : [...selected, v]);
  };
  const row = (key: string, label: string, on: boolean, tap: () => void) => (
    <View key={key} className={`choice${on ? ' choice--on' : ''}`} onClick={tap}>
      <View className={`choice__mark${multi ? ' choice__mark--box' : ''}`}>{on && <Text>✓</Text>}</View>
      <Text className="choice__label">{label}</Text>
    </View>
  );
  return (
    <View className="choices">
      {choices.map((c) => row(c.value, c.label, selected.includes(c.value), () => toggle(c.value)))}
      {multi && noneLabel && row('none', noneLabel, selected.length === 0, () => onChange([]))}
    </View>
  );
}
