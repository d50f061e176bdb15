import { type LegalAidStatus, statusLabels } from '@contracts/plain/legal-aid';
import { Text } from '@tarojs/components';
import './index.scss';

/** The status in words and colour: green granted, orange waiting on the resident, red refused. */
export function StatusTag({ status }: { status: LegalAidStatus }) {
  return <Text className={`status-tag status-tag--${status}`}>{statusLabels[status]}</Text>;
}
