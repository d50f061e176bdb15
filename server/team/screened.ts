import type { ScreenedDispute, VisitRecordDoc } from './models';

/** How the screened dispute reads as the first words of a consultation or a case: who, and what happened. */
export function screenedDescription(d: ScreenedDispute): string {
  return `【驻村排查】${d.partyName}与${d.otherPartyName}（${d.relation}）：${d.description}`.slice(0, 1000);
}

/** A screening record that found a dispute, and has not become a consultation or a case yet. */
export function isConvertible(r: VisitRecordDoc): r is VisitRecordDoc & { dispute: ScreenedDispute } {
  return r.kind === 'screening' && r.dispute !== undefined && r.linked === undefined;
}
