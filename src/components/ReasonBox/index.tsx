import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';

interface Props {
  title: string;
  placeholder: string;
  confirmText: string;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Asks for a reason before a change that affects someone else (cancel, decline). */
export function ReasonBox({ title, placeholder, confirmText, busy, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const confirm = () => {
    if (reason.trim().length < 2) return setError('请填写原因（至少2个字）');
    onConfirm(reason.trim());
  };
  return (
    <View className="card">
      <Text className="label">{title}</Text>
      <Textarea
        className="textarea"
        value={reason}
        maxlength={200}
        placeholder={placeholder}
        onInput={(e) => {
          setReason(e.detail.value);
          setError('');
        }}
      />
      {error && <Text className="error-text">{error}</Text>}
      <View className="actions">
        <SubmitButton busy={busy} onClick={confirm}>
          {confirmText}
        </SubmitButton>
        <Button className="btn btn--ghost btn--block" onClick={onCancel}>
          算了
        </Button>
      </View>
    </View>
  );
}
