import { areaDocsOf } from '@server/areas/seed';
import { Collections } from '@server/collections';
import { encryptField, maskPhone } from '@server/crypto';
import type { UnitDoc } from '@server/grid/models';
import type { MediatorDoc, NoticeDoc, UserDoc } from '@server/models';
import type { TeamMemberDoc } from '@server/team/models';
import cloud from 'wx-server-sdk';
import { demoAreaIdOf, demoAreas } from './demo-areas';
import { demoMediators, demoNotices, demoUsers } from './demo-data';
import { demoTeamMembers } from './demo-team';
import { demoUnits } from './demo-units';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Loads the demo data through the real SDK into the local cloud the process environment points at
 * (see `sdkEnvironment`). Runs once: a database that already has the demo admin is left as it is.
 * Answers whether it loaded anything.
 */
export async function loadDemoData(envId: string, now = Date.now()): Promise<boolean> {
  cloud.init({ env: envId });
  const db = cloud.database();
  const existing = (await db.collection(Collections.users).where({ openid: 'demo-admin' }).count()) as {
    total: number;
  };
  if (existing.total > 0) return false;

  const areas = areaDocsOf(demoAreas, now - 30 * DAY);
  for (const area of areas) await db.collection(Collections.areas).add({ data: area });
  const refOf = (id: string | undefined) => areas.find((a) => a._id === id)?.ref;
  const userIds = new Map<string, string>();
  for (const [i, u] of demoUsers.entries()) {
    const areaId = u.role === 'resident' ? demoAreaIdOf(u.village) : undefined;
    // Where they belong in staff lists, as server/areas/user-area.ts keeps it.
    const area = u.role === 'resident' ? refOf(areaId) : refOf(u.scopeAreaId ?? 'area-county');
    const doc: Omit<UserDoc, '_id'> = {
      openid: u.openid,
      role: u.role,
      nickname: u.nickname,
      village: u.village,
      ...(areaId ? { areaId } : {}),
      ...(u.scopeAreaId ? { scopeAreaId: u.scopeAreaId } : {}),
      ...(area ? { area } : {}),
      ...(u.phone ? { phoneEnc: encryptField(u.phone), phoneMasked: maskPhone(u.phone) } : {}),
      createdAt: now - 30 * DAY + i,
      updatedAt: now - 30 * DAY + i,
    };
    const res = (await db.collection(Collections.users).add({ data: doc })) as { _id: string };
    userIds.set(u.openid, res._id);
  }
  for (const m of demoMediators) {
    const doc: Omit<MediatorDoc, '_id'> = {
      userId: userIds.get(m.openid)!,
      openid: m.openid,
      name: m.name,
      title: m.title,
      specialties: m.specialties,
      areas: m.areas,
      areaIds: m.areas.map(demoAreaIdOf).filter((id): id is string => Boolean(id)),
      online: m.online,
      capacity: 5,
      active: true,
      createdAt: now - 30 * DAY,
    };
    await db.collection(Collections.mediators).add({ data: doc });
  }
  for (const t of demoTeamMembers) {
    const doc: Omit<TeamMemberDoc, '_id'> = {
      userId: userIds.get(t.openid)!,
      role: t.role,
      name: t.name,
      villageIds: t.villageIds,
      active: true,
      createdAt: now - 30 * DAY,
      updatedAt: now - 30 * DAY,
    };
    await db.collection(Collections.teamMembers).add({ data: doc });
  }
  const areaRefs = new Map(areaDocsOf(demoAreas, now).map((a) => [a._id, a.ref]));
  for (const u of demoUnits) {
    const doc: Omit<UnitDoc, '_id'> = {
      name: u.name,
      kind: u.kind,
      area: areaRefs.get(u.areaId)!,
      staffUserIds: u.staffOpenids.map((o) => userIds.get(o)!),
      superiorName: u.superiorName,
      active: true,
      createdAt: now - 30 * DAY,
    };
    await db.collection(Collections.units).add({ data: doc });
  }
  const adminId = userIds.get('demo-admin')!;
  for (const n of demoNotices) {
    const at = now - n.daysAgo * DAY;
    const doc: Omit<NoticeDoc, '_id'> = {
      title: n.title,
      category: n.category,
      summary: n.summary,
      body: n.body,
      status: 'published',
      publishedAt: at,
      createdBy: adminId,
      createdAt: at,
      updatedAt: at,
    };
    await db.collection(Collections.notices).add({ data: doc });
  }
  return true;
}
