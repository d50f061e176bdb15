import type { CaseActor } from '@contracts/case/lifecycle';
import type { CaseDetail } from '@contracts/case/models';
import { followUpsOf } from './follow-ups';
import type { CaseDoc } from './models';
import { toDetail } from './views';

/** The case as the viewer sees it; staff also get its follow-up visits. */
export async function detailFor(c: CaseDoc, actor: CaseActor, now: number): Promise<CaseDetail> {
  return toDetail(c, actor, actor === 'resident' ? [] : await followUpsOf(c._id), now);
}
