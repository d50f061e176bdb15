import { periodOf, type VisitRecordKind } from '@contracts/plain/team';
import type { AppCloud } from './app-cloud';
import { dataOf } from './app-cloud';
import { sdk } from './devcloud';

/** The demo villages by id, with their town, as visits store their `area`. */
export const villageRefs: Record<string, { countyId: string; townId: string; villageId: string }> = {
  'area-dongshan': { countyId: 'area-county', townId: 'area-chengguan', villageId: 'area-dongshan' },
  'area-xiling': { countyId: 'area-county', townId: 'area-chengguan', villageId: 'area-xiling' },
  'area-nanhu-cun': { countyId: 'area-county', townId: 'area-nanhu', villageId: 'area-nanhu-cun' },
  'area-beipo': { countyId: 'area-county', townId: 'area-nanhu', villageId: 'area-beipo' },
};

/** Registers a user and has a county admin appoint them to the villages named. */
export async function appointMember(
  app: AppCloud,
  adminOpenid: string,
  role: 'legal_adviser' | 'local_figure',
  villageIds: string[],
): Promise<{ openid: string; id: string }> {
  const user = await app.createUser('resident');
  dataOf(await app.call(adminOpenid, 'team', 'appoint', { userId: user.id, role, villageIds }));
  return user;
}

const stamp = (at: number, review: boolean) => ({
  at,
  clientAt: at,
  point: { lng: 119.91, lat: 29.17 },
  accuracy: 12,
  samples: 5,
  spreadM: 4,
  risk: review
    ? { level: 'review', reasons: [{ code: 'low_accuracy', text: '定位精度只有180米' }] }
    : { level: 'normal', reasons: [] },
  late: false,
});

/** Writes a visit straight into the database, as the visit function stores it. */
export async function plantVisit(
  app: AppCloud,
  memberId: string,
  memberRole: string,
  villageId: string,
  at: number,
  review = false,
): Promise<string> {
  const res = await sdk(
    app.db.collection('visits').add({
      data: {
        memberId,
        memberRole,
        villageId,
        area: villageRefs[villageId],
        status: 'closed',
        checkIn: stamp(at, review),
        checkOut: stamp(at + 3_600_000, false),
        closedBy: 'member',
        period: periodOf(at),
        createdAt: at,
        updatedAt: at,
      },
    }),
  );
  return (res as { _id: string })._id;
}

/** Writes a visit record straight into the database. */
export async function plantRecord(
  app: AppCloud,
  memberId: string,
  villageId: string,
  kind: VisitRecordKind,
  at: number,
  source: 'visit' | 'app' = 'visit',
): Promise<void> {
  await sdk(
    app.db.collection('visit_records').add({
      data: {
        memberId,
        villageId,
        area: villageRefs[villageId],
        kind,
        at,
        topic: `${kind}记录`,
        photoFileIds: [],
        source,
        period: periodOf(at),
        createdAt: at,
      },
    }),
  );
}
