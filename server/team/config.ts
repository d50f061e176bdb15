const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The thresholds of the check-in checks and the location retention. Configuration in one place, so the
 * bureau's choices (how precise, how fast, how late) are read and changed here and nowhere else.
 */
export const visitConfig = {
  /** A reading less precise than this (metres) cannot place a person inside a village. */
  maxAccuracyM: 100,
  /** Fewer readings than this cannot show jitter. */
  minSamples: 3,
  /** Readings all within this many metres of each other did not move at all: real GPS wanders a few metres. */
  minSpreadM: 0.5,
  /** Faster than this between two stamps (km/h, straight line) is not travel by road. */
  maxSpeedKmh: 120,
  /** Movements shorter than this (metres) are never called impossible, whatever the time. */
  speedFloorM: 1000,
  /** The phone's clock may differ from the server's by this much before it is a reason. */
  maxClockSkewMs: 5 * MINUTE,
  /** Sent this long after it was taken (by the phone's clock): an offline check-in, 补传. */
  lateAfterMs: 10 * MINUTE,
  /** An offline check-in older than this is refused: the month's review would have started. */
  maxLateMs: 7 * DAY,
  /** How long the bureau takes to review a month, counted from the month's end. */
  reviewDays: 30,
  /** How long precise points and photos stay after the review: then points are coarsened, photos deleted. */
  keepAfterReviewDays: 90,
} as const;

export type VisitConfig = typeof visitConfig;
