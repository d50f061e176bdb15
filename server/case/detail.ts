import type { CaseActor } from '@contracts/case/lifecycle';
import type { CaseDetail } from '@contracts/case/models';
import { heldTexts } from '@contracts/moderation';
import { asWriterSees, heldOf } from '../moderation/overlay';
import { followUpsOf } from './follow-ups';
import type { CaseDoc } from './models';
import { signingView } from './signing';
import { toDetail } from './views';

/**
 * The case as the viewer sees it; staff also get its follow-up visits. Where the case shows a placeholder
 * for held text, the viewer who wrote that text sees their own words instead, marked as held or rejected.
 */
export async function detailFor(
  c: CaseDoc,
  actor: CaseActor,
  now: number,
  viewerOpenid: string,
): Promise<CaseDetail> {
  const followUps = actor === 'resident' ? [] : await followUpsOf(c._id);
  const signing = c.agreement
    ? { signing: await signingView(c, actor === 'resident' ? 'resident' : null, now) }
    : {};
  const text = JSON.stringify(c);
  if (!text.includes(heldTexts.pending) && !text.includes(heldTexts.rejected)) {
    return { ...toDetail(c, actor, followUps, now), ...signing };
  }
  const { doc, held } = asWriterSees(c, await heldOf([c._id], viewerOpenid), c._id);
  return { ...toDetail(doc, actor, followUps, now), ...signing, ...(held.length ? { held } : {}) };
}
