import type { Point } from '@contracts/area/models';
import { metresBetween } from '../../areas/geometry';
import type { VisitConfig } from '../config';
import { distanceWords, durationWords, type Finding } from './reason';

/** The member's stamp just before this one: where and when (the corrected phone time it was taken). */
export interface PreviousStamp {
  point: Point;
  takenAt: number;
  villageName: string;
}

/**
 * Impossible travel: the straight-line speed from the member's previous check-in or sign-out. Short moves
 * are never flagged (two readings in one village a minute apart are not a journey).
 */
export function speedFinding(
  previous: PreviousStamp | null,
  point: Point,
  takenAt: number,
  config: VisitConfig,
): Finding | null {
  if (!previous) return null;
  const metres = metresBetween(previous.point, point);
  if (metres < config.speedFloorM) return null;
  const hours = Math.max(takenAt - previous.takenAt, 1000) / 3_600_000;
  const kmh = metres / 1000 / hours;
  if (kmh <= config.maxSpeedKmh) return null;
  return {
    code: 'impossible_speed',
    text: `距上次（${previous.villageName}，${durationWords(takenAt - previous.takenAt)}前）相距 ${distanceWords(metres)}，约每小时 ${Math.round(kmh)} 公里，超过 ${config.maxSpeedKmh} 公里`,
  };
}
