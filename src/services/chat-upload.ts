import { chatLimits } from '@contracts/consultation';
import Taro from '@tarojs/taro';
import { CloudActionError, CloudTransportError } from './errors';
import { type PickedPhoto, pickPhotos } from './pick-photos';

/** Lets the user pick chat photos (camera or album), refusing any over the size limit with a plain message. */
export async function pickChatPhotos(max: number): Promise<PickedPhoto[]> {
  const picked = await pickPhotos(max);
  if (picked.some((p) => p.size > chatLimits.photoBytesMax)) {
    throw new CloudActionError('BAD_REQUEST', '图片不能超过5MB，请换一张');
  }
  return picked;
}

/**
 * Uploads a picked photo to cloud storage and answers its fileID. weapp uses wx.cloud.uploadFile; the h5
 * build posts to the local cloud's upload route. Failures are transport errors: the outbox retries them.
 */
export async function uploadChatPhoto(photo: PickedPhoto): Promise<string> {
  const ext = photo.path.match(/\.(jpe?g|png|gif|webp)$/i)?.[0] ?? '.jpg';
  const cloudPath = `chat/${Date.now()}-${Math.random().toString(36).slice(2, 8)}${ext}`;
  try {
    if (process.env.TARO_ENV === 'h5') {
      const blob = await (await fetch(photo.path)).blob();
      const form = new FormData();
      form.append('cloudPath', cloudPath);
      form.append('file', blob, cloudPath.split('/').pop());
      const res = await fetch('/local/upload', { method: 'POST', body: form, credentials: 'same-origin' });
      if (!res.ok) throw new Error(`upload ${res.status}`);
      return ((await res.json()) as { fileID: string }).fileID;
    }
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath: photo.path });
    return res.fileID;
  } catch {
    throw new CloudTransportError('图片上传失败，网络恢复后会自动重发');
  }
}
