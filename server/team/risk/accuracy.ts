import type { VisitConfig } from '../config';
import { distanceWords, type Finding } from './reason';

/** A reading too coarse to place a person inside a village. */
export function accuracyFinding(accuracyM: number, config: VisitConfig): Finding | null {
  if (accuracyM <= config.maxAccuracyM) return null;
  return {
    code: 'low_accuracy',
    text: `定位精度约 ${distanceWords(accuracyM)}，超过 ${config.maxAccuracyM} 米，位置不够准确`,
  };
}
