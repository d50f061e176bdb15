import type { SigningSide } from '@contracts/case/signing';
import { cloud } from '../cloud';
import { checkOwnUploads } from '../files';
import type { CaseDoc } from './models';

/**
 * A party's ID photos come from their own uploads: new ones (`id-card`) or the ID photos already given
 * with their legal-aid application (`legal-aid`), so they are not asked for twice. Each must be the
 * caller's own file of that folder.
 */
export async function checkIdFiles(ownerId: string, files: readonly string[]): Promise<void> {
  const refs = files.map((fileID, i) => ({ fileID, field: `files.${i}` }));
  const fromLegalAid = refs.filter((r) => r.fileID.includes(`/${ownerId}/legal-aid/`));
  await checkOwnUploads(
    ownerId,
    'id-card',
    refs.filter((r) => !fromLegalAid.includes(r)),
  );
  await checkOwnUploads(ownerId, 'legal-aid', fromLegalAid);
}

/** Each side's ID photos as bytes, for the application package. */
export async function idPhotos(c: CaseDoc): Promise<Partial<Record<SigningSide, Buffer[]>>> {
  const out: Partial<Record<SigningSide, Buffer[]>> = {};
  for (const side of ['resident', 'other'] as const) {
    const files = c.judicial?.idFiles[side] ?? [];
    const photos: Buffer[] = [];
    for (const fileID of files) {
      const res = (await cloud.downloadFile({ fileID })) as { fileContent: Buffer };
      photos.push(Buffer.from(res.fileContent));
    }
    out[side] = photos;
  }
  return out;
}
