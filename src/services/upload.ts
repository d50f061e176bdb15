import Taro from '@tarojs/taro';
import { CloudTransportError } from './errors';

/**
 * Uploads one photo to cloud storage under `folder` and answers its fileID: wx.cloud.uploadFile in weapp,
 * the local cloud's `POST /local/upload` in the h5 build. Failures are transport errors with a plain message.
 */
export async function uploadPhoto(folder: string, filePath: string): Promise<string> {
  const ext = /\.(png|jpe?g|webp)$/i.exec(filePath)?.[1] ?? 'jpg';
  const cloudPath = `${folder}${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${ext}`;
  try {
    if (process.env.TARO_ENV === 'h5') {
      const blob = await (await fetch(filePath)).blob();
      const form = new FormData();
      form.append('cloudPath', cloudPath);
      form.append('file', blob, `photo.${ext}`);
      const res = await fetch('/local/upload', { method: 'POST', body: form, credentials: 'same-origin' });
      if (!res.ok) throw new CloudTransportError('照片没传上去，请再试一次');
      return ((await res.json()) as { fileID: string }).fileID;
    }
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath });
    return res.fileID;
  } catch (error) {
    if (error instanceof CloudTransportError) throw error;
    throw new CloudTransportError('照片没传上去，请检查网络后再试');
  }
}
