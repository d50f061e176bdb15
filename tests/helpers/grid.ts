import type { TActInput, TReportInput } from '@contracts/functions/gridevent-inputs';
import type { GridEventDetail } from '@contracts/grid/models';
import { type AppCloud, dataOf } from './app-cloud';
import { at, plantAreas } from './areas';
import { key } from './consultation';
import { sdk } from './devcloud';
import { uploadAs } from './uploads';

export interface Person {
  openid: string;
  id: string;
}

/**
 * The people of grid reporting in 城关镇 and a neighbour: the grid worker of 东山村第一网格, the town's
 * office (an admin scoped to 城关镇), the staff of 城关社区居委会 and of 城关镇综合执法队, and 南湖镇's
 * office and unit for the wrong-scope cases.
 */
export interface GridCast {
  worker: Person;
  otherWorker: Person;
  resident: Person;
  street: Person;
  otherStreet: Person;
  office: Person;
  squad: Person;
  nanhuStaff: Person;
  officeUnitId: string;
  squadUnitId: string;
  nanhuUnitId: string;
}

/** A point well inside 东山村第一网格. */
export const inGrid = at(2.5, 25);

async function saveUnit(app: AppCloud, admin: Person, input: Record<string, unknown>): Promise<string> {
  return dataOf<{ id: string }>(await app.call(admin.openid, 'gridevent', 'saveUnit', input)).id;
}

export async function castGrid(app: AppCloud): Promise<GridCast> {
  await plantAreas(app);
  const worker = await app.createUser('grid_worker', { nickname: '王网格', scopeAreaId: 'grid-dongshan-1' });
  const otherWorker = await app.createUser('grid_worker', {
    nickname: '李网格',
    scopeAreaId: 'grid-dongshan-2',
  });
  const resident = await app.createUser('resident', { nickname: '赵居民' });
  const street = await app.createUser('admin', { nickname: '城关镇综治办', scopeAreaId: 'area-chengguan' });
  const otherStreet = await app.createUser('admin', { nickname: '南湖镇综治办', scopeAreaId: 'area-nanhu' });
  const office = await app.createUser('unit_staff', { nickname: '社区刘主任' });
  const squad = await app.createUser('unit_staff', { nickname: '执法队陈队长' });
  const nanhuStaff = await app.createUser('unit_staff', { nickname: '南湖工作人员' });
  const officeUnitId = await saveUnit(app, street, {
    name: '城关社区居委会',
    kind: 'community',
    areaId: 'area-chengguan-sq',
    staffUserIds: [office.id],
    superiorName: '城关镇人民政府',
  });
  const squadUnitId = await saveUnit(app, street, {
    name: '城关镇综合执法队',
    kind: 'department',
    areaId: 'area-chengguan',
    staffUserIds: [squad.id],
    superiorName: '城关镇人民政府',
  });
  const nanhuUnitId = await saveUnit(app, otherStreet, {
    name: '南湖村村委会',
    kind: 'community',
    areaId: 'area-nanhu-cun',
    staffUserIds: [nanhuStaff.id],
  });
  return {
    worker,
    otherWorker,
    resident,
    street,
    otherStreet,
    office,
    squad,
    nanhuStaff,
    officeUnitId,
    squadUnitId,
    nanhuUnitId,
  };
}

export const photoOf = (app: AppCloud, who: Person) => uploadAs(app, who.id, 'grid-event');

export function reportInput(app: AppCloud, who: Person, fields: Partial<TReportInput> = {}): TReportInput {
  return {
    clientKey: `k-${key()}`,
    type: 'dispute',
    description: '两户村民因宅基地边界争吵，需要调解',
    point: inGrid,
    urgency: 'normal',
    people: [{ name: '张三' }, { name: '李四' }],
    photos: [photoOf(app, who)],
    clientAt: Date.now(),
    ...fields,
  };
}

export async function reportAs(
  app: AppCloud,
  who: Person,
  fields: Partial<TReportInput> = {},
): Promise<GridEventDetail> {
  return dataOf<GridEventDetail>(
    await app.call(who.openid, 'gridevent', 'report', reportInput(app, who, fields)),
  );
}

export function act(app: AppCloud, who: Person, input: TActInput) {
  return app.call(who.openid, 'gridevent', 'act', input);
}

export async function actOk(app: AppCloud, who: Person, input: TActInput): Promise<GridEventDetail> {
  return dataOf<GridEventDetail>(await act(app, who, input));
}

/** Changes a stored event directly, to put its clock where a test needs it. */
export async function patchEvent(app: AppCloud, id: string, data: Record<string, unknown>): Promise<void> {
  await sdk(app.db.collection('grid_events').doc(id).update({ data }));
}

/** An event the street accepted and dispatched to the community office, which took it. */
export async function handledByOffice(app: AppCloud, c: GridCast, fields: Partial<TReportInput> = {}) {
  const e = await reportAs(app, c.worker, fields);
  await actOk(app, c.street, { step: 'accept', eventId: e.id });
  await actOk(app, c.street, { step: 'dispatch', eventId: e.id, unitId: c.officeUnitId });
  return actOk(app, c.office, { step: 'take', eventId: e.id });
}
