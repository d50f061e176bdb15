import { warningLevelLabels, warningOutcomeLabels, warningStatusLabels } from '@contracts/plain/warning';
import type { Warning } from '@contracts/warning/models';
import type { WarningDoc } from './models';

/** A stored warning as the office reads it, every code with its words. */
export function toWarning(w: WarningDoc): Warning {
  return {
    id: w._id,
    kind: w.kind,
    subjectId: w.subjectId,
    subject: w.subject,
    disputeType: w.disputeType,
    village: w.village,
    level: w.level,
    levelLabel: warningLevelLabels[w.level],
    reasons: w.reasons,
    status: w.status,
    statusLabel: warningStatusLabels[w.status],
    raisedAt: w.raisedAt,
    updatedAt: w.updatedAt,
    acknowledged: w.acknowledged,
    handled: w.handled && { ...w.handled, outcomeLabel: warningOutcomeLabels[w.handled.outcome] },
  };
}
