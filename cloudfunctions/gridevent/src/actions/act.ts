import type { ParsedInputOf } from '@contracts/contract';
import type { grideventContract } from '@contracts/functions/gridevent';
import { AppError } from '@server/app-error';
import { inScope, scopeOf } from '@server/areas/scope';
import { recordAudit } from '@server/audit';
import { TextScene } from '@server/content-security';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import { dispatchDeadline } from '@server/grid/deadline';
import type { GridEventDoc } from '@server/grid/models';
import { notifyStep } from '@server/grid/notices';
import { partiesOf } from '@server/grid/parties';
import { startGridPhotoChecks } from '@server/grid/photo-check';
import { getUnit, unitNamesOf } from '@server/grid/units';
import { toDetail } from '@server/grid/views';
import { applyStep } from '@server/grid/workflow';
import type { UserDoc } from '@server/models';
import { screenTexts } from '@server/moderation/screen';

type ActInput = ParsedInputOf<typeof grideventContract.act>;

/** What clears when an event goes back to the street for a new dispatch. */
const undispatched: Partial<GridEventDoc> = {
  unitId: undefined,
  deadline: undefined,
  deadlineFrom: undefined,
  deadlineLevel: undefined,
  extension: undefined,
  cards: {},
};

/**
 * One workflow step by a person. Photos and text are checked before the step; the step itself (state,
 * party, timeline, points) is applyStep's; admins' steps go into the audit log; the next person is told.
 */
export const act: Handler<typeof grideventContract.act> = async (input, { caller, now }) => {
  const user = caller.user;
  const photos = 'photos' in input ? input.photos : [];
  await checkOwnUploads(
    user._id,
    'grid-event',
    photos.map((fileID, i) => ({ fileID, field: `photos.${i}` })),
  );
  if (input.note) {
    await screenTexts(user.openid, TextScene.comment, [{ key: 'note', label: '说明', text: input.note }]);
  }
  const change = await changeOf(input, user, now);
  const checks = await startGridPhotoChecks(user.openid, photos);
  const after = await applyStep({
    eventId: input.eventId,
    step: input.step,
    actor: user,
    now,
    note: input.note,
    photoFileIds: photos,
    change: (e) => ({
      ...change?.(e),
      ...(checks.length ? { photoChecks: [...(e.photoChecks ?? []), ...checks] } : {}),
    }),
  });
  if (user.role === 'admin') {
    await recordAudit(
      user,
      {
        action: `gridevent.${input.step}`,
        target: `事件 ${after.number}`,
        targetId: after._id,
        after: { state: after.state, ...(after.unitId ? { unitId: after.unitId } : {}) },
      },
      now,
    );
  }
  await notifyStep(after, input.step, now);
  return toDetail(after, await partiesOf(after, user), now, await unitNamesOf([after]));
};

async function changeOf(
  input: ActInput,
  user: UserDoc,
  now: number,
): Promise<((e: GridEventDoc) => Partial<GridEventDoc>) | undefined> {
  switch (input.step) {
    case 'dispatch': {
      const unit = await getUnit(input.unitId);
      if (!unit?.active) throw new AppError('NOT_FOUND', '找不到这个处置单位', { unitId: '请选择处置单位' });
      if (!inScope(await scopeOf(user), unit.area)) {
        throw new AppError('FORBIDDEN', '这个单位不在您的管理范围内', { unitId: '请选择本辖区的单位' });
      }
      return (e) => ({
        ...undispatched,
        unitId: unit._id,
        deadline: dispatchDeadline(e, now),
        deadlineFrom: now,
      });
    }
    case 'send_back':
    case 'verify_fail':
      return () => undispatched;
    case 'ask_extension':
      return (e) => {
        if (input.until <= (e.deadline ?? now)) {
          throw new AppError('BAD_REQUEST', '延期后的时间要晚于现在的期限', { until: '请选一个更晚的时间' });
        }
        return {
          extension: {
            reason: input.note,
            until: input.until,
            askedById: user._id,
            askedAt: now,
            status: 'pending',
          },
        };
      };
    case 'approve_extension':
    case 'refuse_extension': {
      const approved = input.step === 'approve_extension';
      return (e) => {
        const ext = e.extension;
        if (!ext) return {};
        const decided = {
          ...ext,
          status: approved ? 'approved' : 'refused',
          decidedById: user._id,
          decidedAt: now,
        };
        return {
          extension: decided as GridEventDoc['extension'],
          ...(approved ? { deadline: ext.until } : {}),
        };
      };
    }
    default:
      return undefined;
  }
}
