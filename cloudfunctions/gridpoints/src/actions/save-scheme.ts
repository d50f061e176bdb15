import type { gridpointsContract } from '@contracts/functions/gridpoints';
import { pointCauseLabels, type StarScheme, signed, stepCauses } from '@contracts/grid/points';
import { AppError } from '@server/app-error';
import { scopeOf } from '@server/areas/scope';
import { recordAudit } from '@server/audit';
import type { Handler } from '@server/define-function';
import { loadScheme, storeScheme } from '@server/grid/points/scheme';

/** The scheme in words for the audit log: what changed reads as 分数线 10、30… and 巡查上报+2… */
function schemeWords(s: StarScheme) {
  return {
    thresholds: s.thresholds.join('、'),
    weights: stepCauses.map((c) => `${pointCauseLabels[c]}${signed(s.weights[c])}`).join('，'),
    satisfaction: s.satisfaction.map((p, i) => `${i + 1}星${signed(p)}`).join('，'),
    handItems: s.handItems.map((h) => `${h.label}${h.max}分`).join('、') || '无',
  };
}

/**
 * The county bureau publishes the scheme; a town's judicial office applies it but does not set it. New
 * weights apply to the points written from now on, new thresholds to every month's stars at once.
 */
export const saveScheme: Handler<typeof gridpointsContract.saveScheme> = async (input, { caller, now }) => {
  if ((await scopeOf(caller.user)).kind !== 'county')
    throw new AppError('FORBIDDEN', '星级网格评定办法由县司法局制定，镇（街道）不能修改');
  const before = await loadScheme();
  await storeScheme(input.scheme, caller.user._id, now);
  await recordAudit(
    caller.user,
    {
      action: 'gridpoints.saveScheme',
      target: '星级网格评定办法',
      before: schemeWords(before.scheme),
      after: schemeWords(input.scheme),
    },
    now,
  );
  return { scheme: input.scheme, updatedAt: now };
};
