import type { TCheckInInput } from '@contracts/functions/visit-inputs';
import type { Visit } from '@contracts/team/models';
import { type AppCloud, dataOf } from './app-cloud';
import { key } from './consultation';
import { sdk } from './devcloud';
import { uploadAs } from './uploads';

export interface TestMember {
  openid: string;
  id: string;
}

/** A team member with a membership for the villages given, planted straight in the database. */
export async function createMember(
  app: AppCloud,
  villageIds: string[],
  role: 'legal_adviser' | 'local_figure' = 'legal_adviser',
): Promise<TestMember> {
  const user = await app.createUser(role, { nickname: role === 'legal_adviser' ? '陈律师' : '赵乡贤' });
  const now = Date.now();
  await sdk(
    app.db.collection('team_members').add({
      data: {
        userId: user.id,
        role,
        name: user.id.slice(0, 4),
        villageIds,
        active: true,
        createdAt: now,
        updatedAt: now,
      },
    }),
  );
  return user;
}

export interface StampOptions {
  system?: 'gcj02' | 'wgs84';
  /** Metres of wander between readings; 0 gives five identical readings. */
  jitterM?: number;
  accuracy?: number;
  count?: number;
  /** When it was taken and sent, by the phone's clock. */
  clientAt?: number;
  sentAt?: number;
  clientKey?: string;
}

/** About a metre in degrees at this latitude. */
const METRE = 1 / 111_000;

/**
 * What the check-in page sends for a reading at `point`: five readings wandering a few metres around it
 * with the centre one exactly there (so the median is the point itself), and a fresh live photo.
 */
export function stampAt(
  app: AppCloud,
  member: TestMember,
  point: { lng: number; lat: number },
  o: StampOptions = {},
) {
  const now = Date.now();
  const clientAt = o.clientAt ?? now - 3000;
  const d = (o.jitterM ?? 3) * METRE;
  const offsets = [
    [0, 0],
    [d, -d],
    [-d, 2 * d],
    [2 * d, d],
    [-2 * d, -2 * d],
  ].slice(0, o.count ?? 5);
  return {
    system: o.system ?? 'gcj02',
    samples: offsets.map(([x, y], i) => ({
      lng: point.lng + x,
      lat: point.lat + y,
      accuracy: o.accuracy ?? 15,
      at: clientAt + i * 800,
    })),
    photoFileId: uploadAs(app, member.id, 'visit'),
    clientAt,
    sentAt: o.sentAt ?? now,
    clientKey: o.clientKey ?? key(),
  } satisfies Omit<TCheckInInput, 'villageId'>;
}

export async function checkIn(
  app: AppCloud,
  member: TestMember,
  villageId: string,
  point: { lng: number; lat: number },
  o: StampOptions = {},
): Promise<Visit> {
  return dataOf<Visit>(
    await app.call(member.openid, 'visit', 'checkIn', { villageId, ...stampAt(app, member, point, o) }),
  );
}

export const reasonCodes = (v: Visit, which: 'checkIn' | 'checkOut' = 'checkIn') =>
  (v[which]?.risk.reasons ?? []).map((r) => r.code);
