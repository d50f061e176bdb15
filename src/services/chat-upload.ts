import { chatLimits } from '@contracts/consultation';
import { CloudActionError } from './errors';
import { type PickedPhoto, pickPhotos } from './pick-photos';
import { uploadOwnFile } from './upload';

/** Lets the user pick chat photos (camera or album), refusing any over the size limit with a plain message. */
export async function pickChatPhotos(max: number): Promise<PickedPhoto[]> {
  const picked = await pickPhotos(max);
  if (picked.some((p) => p.size > chatLimits.photoBytesMax)) {
    throw new CloudActionError('BAD_REQUEST', '图片不能超过5MB，请换一张');
  }
  return picked;
}

/** Uploads a picked photo into the sender's own chat folder. Failures are transport errors: the outbox retries. */
export async function uploadChatPhoto(photo: PickedPhoto): Promise<string> {
  return (await uploadOwnFile('chat', photo.path, '图片上传失败，网络恢复后会自动重发')).fileID;
}
