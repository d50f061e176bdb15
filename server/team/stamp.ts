import type { Point } from '@contracts/area/models';
import type { ParsedInputOf } from '@contracts/contract';
import type { visitContract } from '@contracts/functions/visit';
import { metresBetween, toGcj02 } from '../areas/geometry';
import type { AreaDoc } from '../areas/store';
import type { Stamp } from './models';
import { assessStamp } from './risk/assess';
import { takenAtOf } from './risk/clock';
import type { PreviousStamp } from './risk/speed';

type StampInput = Pick<
  ParsedInputOf<typeof visitContract.checkIn>,
  'system' | 'samples' | 'photoFileId' | 'clientAt' | 'sentAt'
>;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Measures what the phone sent and judges it: the readings converted to GCJ-02 (a browser reports WGS-84),
 * their median as the place, the largest distance of a reading from it as the spread, the median accuracy,
 * and the verdict of every check. The photo's content check is started by the caller.
 */
export function measureStamp(
  input: StampInput,
  village: AreaDoc,
  previous: PreviousStamp | null,
  at: number,
): Stamp {
  const points: Point[] = input.samples.map((s) => toGcj02({ lng: s.lng, lat: s.lat }, input.system));
  const point = { lng: median(points.map((p) => p.lng)), lat: median(points.map((p) => p.lat)) };
  const spreadM = Math.max(...points.map((p) => metresBetween(p, point)));
  const accuracy = median(input.samples.map((s) => s.accuracy));
  const times = { at, clientAt: input.clientAt, sentAt: input.sentAt };
  const risk = assessStamp({
    times,
    point,
    accuracyM: accuracy,
    samples: points.length,
    spreadM,
    village: { name: village.name, polygon: village.polygon },
    previous,
  });
  return {
    at,
    clientAt: input.clientAt,
    takenAt: takenAtOf(times),
    point,
    accuracy,
    samples: points.length,
    spreadM: Math.round(spreadM * 10) / 10,
    photoFileId: input.photoFileId,
    risk,
    late: risk.reasons.some((r) => r.code === 'late_upload'),
  };
}
