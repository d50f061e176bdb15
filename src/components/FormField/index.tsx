import { Input, Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
  error?: string;
  type?: 'text' | 'number';
  maxlength?: number;
  hint?: string;
}

/** A labelled input with its problem, if any, shown right under it in red. */
export function FormField({
  label,
  value,
  onInput,
  placeholder,
  error,
  type = 'text',
  maxlength,
  hint,
}: Props) {
  return (
    <View className={`field${error ? ' field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <Input
        className="field__input"
        value={value}
        type={type}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass="field__placeholder"
        onInput={(e) => onInput(e.detail.value)}
      />
      {error ? (
        <Text className="field__error">{error}</Text>
      ) : (
        hint && <Text className="field__hint">{hint}</Text>
      )}
    </View>
  );
}
