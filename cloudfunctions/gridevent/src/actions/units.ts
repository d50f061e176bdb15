import type { ParsedInputOf } from '@contracts/contract';
import type { grideventContract } from '@contracts/functions/gridevent';
import { type Unit, unitKindLabels } from '@contracts/grid/models';
import { AppError } from '@server/app-error';
import { nodeInScope, scopeOf, scopeWhere } from '@server/areas/scope';
import { getArea } from '@server/areas/store';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { command, findMany, insert, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UnitDoc } from '@server/grid/models';
import { getUnit } from '@server/grid/units';
import type { UserDoc } from '@server/models';

async function toUnit(u: UnitDoc): Promise<Unit> {
  const deepest = u.area.villageId ?? u.area.townId ?? u.area.countyId;
  const [place, staff] = await Promise.all([
    getArea(deepest),
    u.staffUserIds.length
      ? findMany<UserDoc>(Collections.users, { _id: command().in(u.staffUserIds) }, { limit: 30 })
      : Promise.resolve([]),
  ]);
  return {
    id: u._id,
    name: u.name,
    kind: u.kind,
    kindLabel: unitKindLabels[u.kind],
    areaId: deepest,
    placeName: place?.fullName ?? '',
    ...(u.superiorName ? { superiorName: u.superiorName } : {}),
    staff: staff.map((s) => ({ id: s._id, name: s.nickname })),
    active: u.active,
  };
}

/** The units in the admin's scope, for dispatching and for managing them. */
export const units: Handler<typeof grideventContract.units> = async (input, { caller }) => {
  const where = {
    ...scopeWhere(await scopeOf(caller.user), 'area'),
    ...(input.activeOnly ? { active: true } : {}),
  };
  const docs = await findMany<UnitDoc>(Collections.units, where, { orderBy: [['name', 'asc']], limit: 100 });
  return { items: await Promise.all(docs.map(toUnit)) };
};

/**
 * An admin creates or changes a unit in their scope. Its staff must be unit_staff users, so a resident
 * cannot be made to see events by being listed.
 */
export const saveUnit: Handler<typeof grideventContract.saveUnit> = async (input, { caller, now }) => {
  const node = await nodeInScope(caller.user, input.areaId);
  if (node.level === 'county' || node.level === 'grid') {
    throw new AppError('BAD_REQUEST', '单位要设在镇（街道）或村（社区）', {
      areaId: '请选择镇（街道）或村（社区）',
    });
  }
  await checkStaff(input.staffUserIds);
  const before = input.id ? await getUnit(input.id) : null;
  if (input.id && (!before || !(await inScopeOf(caller.user, before))))
    throw new AppError('NOT_FOUND', '找不到这个单位');
  const fields = {
    name: input.name,
    kind: input.kind,
    area: node.ref,
    staffUserIds: [...new Set(input.staffUserIds)],
    ...(input.superiorName ? { superiorName: input.superiorName } : {}),
    active: input.active,
  };
  const id = before
    ? before._id
    : await insert<Omit<UnitDoc, '_id'>>(Collections.units, { ...fields, createdAt: now });
  if (before) await updateById(Collections.units, id, fields);
  await recordAudit(
    caller.user,
    {
      action: 'gridevent.saveUnit',
      target: `处置单位 ${input.name}`,
      targetId: id,
      after: { active: input.active },
    },
    now,
  );
  return toUnit({ ...(before ?? { createdAt: now }), ...fields, _id: id } as UnitDoc);
};

async function inScopeOf(user: UserDoc, unit: UnitDoc): Promise<boolean> {
  const deepest = unit.area.villageId ?? unit.area.townId ?? unit.area.countyId;
  return nodeInScope(user, deepest).then(
    () => true,
    () => false,
  );
}

async function checkStaff(
  ids: ParsedInputOf<typeof grideventContract.saveUnit>['staffUserIds'],
): Promise<void> {
  if (ids.length === 0) return;
  const found = await findMany<UserDoc>(
    Collections.users,
    { _id: command().in(ids), role: 'unit_staff' },
    { limit: 30 },
  );
  const bad = ids.flatMap((id, i) => (found.some((u) => u._id === id) ? [] : [i]));
  if (bad.length) {
    throw new AppError(
      'BAD_REQUEST',
      '工作人员要先设为“处置单位工作人员”角色',
      Object.fromEntries(bad.map((i) => [`staffUserIds.${i}`, '这个人不是处置单位工作人员'])),
    );
  }
}
