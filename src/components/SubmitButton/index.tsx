import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  /** From `useSubmit`: while true the button shows it is working and ignores taps. */
  busy: boolean;
  onClick: () => void;
  kind?: 'primary' | 'plain' | 'ghost';
  block?: boolean;
  busyText?: string;
  className?: string;
  children: ReactNode;
}

/** Every button that writes: disabled and saying so while its request runs, so a double tap acts once. */
export function SubmitButton({
  busy,
  onClick,
  kind = 'primary',
  block = true,
  busyText = '正在提交…',
  className = '',
  children,
}: Props) {
  const classes = ['btn', `btn--${kind}`, block && 'btn--block', busy && 'btn--busy', className];
  return (
    <Button
      className={classes.filter(Boolean).join(' ')}
      // Taro h5 writes disabled="false" as an attribute, so only a busy button gets one.
      disabled={busy || undefined}
      data-busy={busy ? 'true' : undefined}
      onClick={busy ? undefined : onClick}
    >
      {busy ? busyText : children}
    </Button>
  );
}
