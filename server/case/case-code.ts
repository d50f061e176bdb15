import { AppError } from '../app-error';
import { cloud } from '../cloud';
import { Collections } from '../collections';
import { command, db, getById } from '../db';
import { tempUrlsOf } from '../files';
import type { CaseDoc } from './models';
import { newCode } from './signing';

/** The page a scanned case code opens; it asks the function where the scanner may go. */
export const CODE_PAGE = 'package-case/pages/code/index';

/** A case's code, made once: a conditional write, so two first calls cannot give a case two codes. */
export async function codeOf(c: CaseDoc): Promise<string> {
  if (c.code) return c.code;
  const code = newCode(8);
  await db()
    .collection(Collections.cases)
    .where({ _id: c._id, code: command().exists(false) })
    .update({ data: { code } });
  return (await getById<CaseDoc>(Collections.cases, c._id))?.code ?? code;
}

const envVersions: Record<string, string> = { formal: 'release', trial: 'trial', developer: 'develop' };

/**
 * The mini-program code (wxacode.getUnlimited, a cloud call): its scene is `c=<code>` (WeChat allows 32
 * characters), opening the code page. `checkPath: false` lets a code be made before that page is released.
 */
export async function wxacodeUrl(c: CaseDoc, scene: string, now: number): Promise<string> {
  const state = process.env.PMR_MINIPROGRAM_STATE ?? 'formal';
  const res = (await cloud.openapi.wxacode.getUnlimited({
    scene,
    page: CODE_PAGE,
    checkPath: false,
    envVersion: envVersions[state] ?? 'release',
    width: 430,
  })) as { buffer?: Buffer; errCode?: number };
  if (!res.buffer) throw new AppError('INTERNAL');
  const upload = (await cloud.uploadFile({
    cloudPath: `case-codes/${c._id}/${now}.png`,
    fileContent: Buffer.from(res.buffer),
  })) as { fileID: string };
  return (await tempUrlsOf([upload.fileID], 3600)).get(upload.fileID) ?? '';
}
