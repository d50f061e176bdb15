import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { codeOf, wxacodeUrl } from '@server/case/case-code';
import type { CaseDoc } from '@server/case/models';
import { loadForParties } from '@server/case/party';
import { Collections } from '@server/collections';
import { findOne } from '@server/db';
import type { Handler } from '@server/define-function';
import { enforceRateLimit } from '@server/rate-limit';

/** 一案一码: the case's code for anyone who may see the case, as a mini-program code picture on request. */
export const code: Handler<typeof caseContract.code> = async (input, { caller, now }) => {
  const { doc } = await loadForParties(input.caseId, caller.user);
  const scene = `c=${await codeOf(doc)}`;
  if (!input.image) return { scene };
  await enforceRateLimit(caller.openid, 'case.code', { max: 20, windowMs: 3_600_000 }, now);
  return { scene, imageUrl: await wxacodeUrl(doc, scene, now) };
};

/**
 * A scanned code: the case opens only for whoever may see it (its parties, its mediator, an admin), on
 * the page of their part in it; anyone else hears NOT_FOUND, the same as for a code that does not exist.
 */
export const openCode: Handler<typeof caseContract.openCode> = async (input, { caller }) => {
  const found = await findOne<CaseDoc>(Collections.cases, { code: input.scene.slice(2) });
  if (!found) throw new AppError('NOT_FOUND', '找不到这个案件');
  const { doc, side, actor } = await loadForParties(found._id, caller.user);
  const page =
    side === 'resident'
      ? '/package-case/pages/case/index'
      : side === 'other'
        ? '/package-case/pages/party/index'
        : actor === 'mediator' || actor === 'admin'
          ? '/package-mediator/pages/case/index'
          : '';
  if (!page) throw new AppError('NOT_FOUND', '找不到这个案件');
  return { caseId: doc._id, page: `${page}?id=${doc._id}` };
};
