import type { RiskCode } from '@contracts/team/models';

/** One check's finding: the code for filters and the words (with this stamp's figures) for people. */
export interface Finding {
  code: RiskCode;
  text: string;
}

/** Metres in words: 85 米, 1.2 公里. */
export function distanceWords(m: number): string {
  return m < 1000 ? `${Math.round(m)} 米` : `${(m / 1000).toFixed(1)} 公里`;
}

/** A duration in words: 3 分钟, 2 小时 5 分钟, 1 天 3 小时. */
export function durationWords(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} 小时 ${minutes % 60} 分钟` : `${hours} 小时`;
  return hours % 24 ? `${Math.floor(hours / 24)} 天 ${hours % 24} 小时` : `${Math.floor(hours / 24)} 天`;
}
