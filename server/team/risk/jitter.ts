import type { VisitConfig } from '../config';
import type { Finding } from './reason';

/**
 * Too few readings, or readings that never moved. A real receiver wanders a few metres between readings
 * even when its holder stands still; a location-faking app reports the same point every time.
 */
export function jitterFindings(samples: number, spreadM: number, config: VisitConfig): Finding[] {
  const found: Finding[] = [];
  if (samples < config.minSamples) {
    found.push({
      code: 'few_samples',
      text: `只定位了 ${samples} 次（至少 ${config.minSamples} 次），无法核对定位是否真实`,
    });
  }
  if (samples >= 2 && spreadM < config.minSpreadM) {
    found.push({
      code: 'no_jitter',
      text: `${samples} 次定位完全相同，真实定位总有几米晃动，可能使用了模拟定位`,
    });
  }
  return found;
}
