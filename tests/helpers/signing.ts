import { createHash, randomBytes } from 'node:crypto';
import type { CaseDetail } from '@contracts/case/models';
import type { Signing } from '@contracts/case/signing';
import { type UploadPurpose, uploadFolderOf } from '@contracts/uploads';
import QRCode from 'qrcode';
import { type AppCloud, dataOf } from './app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from './booking';

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export const terms = {
  facts: '王五在自家东侧砌围墙，占用了李大爷家门前约半米宽的通行道路。',
  terms: ['王五于十日内拆除占用道路部分的围墙。', '李大爷不再追究已造成的损失。'],
  performance: '第一条在十日内履行，调解员到场确认。',
  parties: { resident: '李建国', other: '王五' },
};

/** A real PNG, different for each `seed`: a drawn signature as the canvas exports it. */
export function pngOf(seed: string): Promise<Buffer> {
  return QRCode.toBuffer(`signature:${seed}`, { type: 'png', width: 120, margin: 1 });
}

/** Stores bytes in the user's own folder for `purpose`, as the app's upload does; answers the file id. */
export function uploadBytes(
  app: AppCloud,
  userId: string,
  purpose: UploadPurpose,
  name: string,
  bytes: Buffer,
): string {
  return app.devcloud.storage.saveUpload(`${uploadFolderOf(userId, purpose)}${name}`, bytes);
}

/** Invites the other party and registers them through the card; answers the party user. */
export async function joinAsParty(app: AppCloud, residentOpenid: string, caseId: string, realName = '王五') {
  const party = await app.createUser('resident', { nickname: '老王' });
  const { token } = dataOf<{ token: string }>(await app.call(residentOpenid, 'case', 'invite', { caseId }));
  dataOf(
    await app.call(party.openid, 'case', 'join', { token, realName, phone: '13912345678', attend: true }),
  );
  return party;
}

/** A booked case with the other party registered, mediated to an agreement that waits for signatures. */
export async function agreedCase(app: AppCloud) {
  const m = await createMediator(app, '张桂兰', roundTheClock);
  const r = await app.createUser('resident', { nickname: '李大爷', village: '东山村' });
  const free = starts(await slotDays(app, r.openid, m.mediatorId));
  const c = await book(app, r.openid, m.mediatorId, free[2]!, { address: '东山村三组12号' });
  const party = await joinAsParty(app, r.openid, c.id);
  dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
  dataOf(await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'start' }));
  const done = dataOf<CaseDetail>(
    await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'succeed', agreement: terms }),
  );
  return { m, r, party, c: done };
}

/** Signs as `user` with a fresh drawing; answers the signing view. */
export async function signAs(
  app: AppCloud,
  user: { openid: string; id: string },
  caseId: string,
  realName: string,
  textHash?: string,
) {
  const hash =
    textHash ?? dataOf<Signing>(await app.call(user.openid, 'case', 'signing', { caseId })).textHash;
  const signature = uploadBytes(
    app,
    user.id,
    'signature',
    `${randomBytes(4).toString('hex')}.png`,
    await pngOf(user.id),
  );
  return app.call(user.openid, 'case', 'sign', { caseId, textHash: hash, realName, signature });
}
