import type { Point, Polygon } from '@contracts/area/models';
import type { RiskLevel } from '@contracts/team/models';
import { visitConfig } from '../config';
import type { StoredRisk } from '../models';
import { accuracyFinding } from './accuracy';
import { clockFinding, lateFinding, type StampTimes, takenAtOf } from './clock';
import { jitterFindings } from './jitter';
import { placeFinding } from './place';
import type { Finding } from './reason';
import { type PreviousStamp, speedFinding } from './speed';

/** Everything the checks look at, measured already (GCJ-02 point, spread of the readings). */
export interface StampFacts {
  times: StampTimes;
  point: Point;
  accuracyM: number;
  samples: number;
  spreadM: number;
  village: { name: string; polygon?: Polygon };
  previous: PreviousStamp | null;
}

/**
 * Runs every check on a stamp and gives the verdict: `review` when any finds a reason, each reason in
 * words. Nothing is refused here: a doubtful check-in is kept and explained, the bureau decides.
 */
export function assessStamp(facts: StampFacts, config = visitConfig): StoredRisk {
  const findings: (Finding | null)[] = [
    placeFinding(facts.village.name, facts.village.polygon, facts.point),
    accuracyFinding(facts.accuracyM, config),
    ...jitterFindings(facts.samples, facts.spreadM, config),
    speedFinding(facts.previous, facts.point, takenAtOf(facts.times), config),
    clockFinding(facts.times, config),
    lateFinding(facts.times, config),
  ];
  const reasons = findings.filter((f): f is Finding => f !== null);
  const level: RiskLevel = reasons.length > 0 ? 'review' : 'normal';
  return { level, reasons };
}
