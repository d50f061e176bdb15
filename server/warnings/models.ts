import type { AreaRef } from '@contracts/area/models';
import type { WarningLevel, WarningOutcome, WarningStatus } from '@contracts/plain/warning';
import type { WarningReason } from '@contracts/warning/models';

/**
 * A stored warning: one per case or consultation (`_id` is `case:<id>` or `consultation:<id>`), reassessed
 * whenever its record changes. `rank` orders the list (red 3 first); `notifiedRank` is the highest level the
 * office was told of, so a warning is notified once per level it reaches.
 */
export interface WarningDoc {
  _id: string;
  kind: 'case' | 'consultation';
  subjectId: string;
  subject: string;
  disputeType: string;
  village?: string;
  /** Where the case or consultation belongs (server/areas): who is told and who sees it. */
  area?: AreaRef;
  level: WarningLevel;
  rank: number;
  reasons: WarningReason[];
  status: WarningStatus;
  notifiedRank: number;
  raisedAt: number;
  updatedAt: number;
  acknowledged?: { by: string; at: number };
  handled?: { by: string; at: number; outcome: WarningOutcome };
}
