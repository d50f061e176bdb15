import type { SigningSide } from '@contracts/case/signing';
import { AppError } from '../app-error';
import { cloud } from '../cloud';
import { checkOwnUploads } from '../files';
import { sha256 } from './agreement-text';
import type { SignatureDoc } from './models';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A drawn signature exported from a phone's canvas is tens of KB; a photo is not a signature. */
const MAX_BYTES = 512 * 1024;

/**
 * The drawing a party uploaded into their own `signature` folder: a PNG of reasonable size. Answers its
 * bytes' SHA-256, which the signature records so a picture swapped into a document is recognised.
 */
export async function readSignatureImage(
  ownerId: string,
  fileID: string,
): Promise<{ bytes: Buffer; hash: string }> {
  await checkOwnUploads(ownerId, 'signature', [{ fileID, field: 'signature' }]);
  const res = (await cloud.downloadFile({ fileID })) as { fileContent: Buffer };
  const bytes = Buffer.from(res.fileContent);
  if (bytes.length > MAX_BYTES || !bytes.subarray(0, 8).equals(PNG_MAGIC)) {
    throw new AppError('BAD_REQUEST', '签名图片有误，请重新签名', { signature: '请重新签名' });
  }
  return { bytes, hash: sha256(bytes) };
}

/** Where face verification is switched on (PMR_FACE_VERIFY=on), a signature needs its result. */
export function faceVerifyRequired(): boolean {
  return process.env.PMR_FACE_VERIFY === 'on';
}

/** The drawn signatures of the current text, for the documents that show them. */
export async function signatureImages(
  signatures: readonly SignatureDoc[],
): Promise<Partial<Record<SigningSide, Buffer>>> {
  const images: Partial<Record<SigningSide, Buffer>> = {};
  for (const s of signatures) {
    const res = (await cloud.downloadFile({ fileID: s.imageFileId })) as { fileContent: Buffer };
    images[s.side] = Buffer.from(res.fileContent);
  }
  return images;
}
