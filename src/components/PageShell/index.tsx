import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useLargeText } from '@/hooks/useLargeText';

interface Props {
  className?: string;
}

/**
 * The root of every page. Text sizes and tap-target heights are custom properties set here, so 大字模式
 * (for elderly users) scales every page with one class.
 */
export function PageShell({ className, children }: PropsWithChildren<Props>) {
  const { large } = useLargeText();
  const classes = ['shell', large ? 'shell--large' : '', className ?? ''].filter(Boolean).join(' ');
  return <View className={classes}>{children}</View>;
}
