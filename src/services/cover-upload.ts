import Taro from '@tarojs/taro';
import { CloudTransportError } from './errors';

/**
 * Uploads a notice cover and answers its fileID and a URL to show it. In weapp the fileID itself is the
 * image source (cloud:// works in <Image>); the h5 build gets a temporary URL from the local cloud.
 */
export async function uploadCover(filePath: string): Promise<{ fileId: string; url: string }> {
  const ext = /\.(png|jpe?g|webp)$/i.exec(filePath)?.[1] ?? 'jpg';
  const cloudPath = `notices/${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${ext}`;
  try {
    if (process.env.TARO_ENV === 'h5') {
      const blob = await (await fetch(filePath)).blob();
      const form = new FormData();
      form.append('cloudPath', cloudPath);
      form.append('file', blob, `cover.${ext}`);
      const res = await fetch('/local/upload', { method: 'POST', body: form, credentials: 'same-origin' });
      if (!res.ok) throw new CloudTransportError('封面没传上去，请再试一次');
      const body = (await res.json()) as { fileID: string; tempFileURL: string };
      return { fileId: body.fileID, url: body.tempFileURL };
    }
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath });
    return { fileId: res.fileID, url: res.fileID };
  } catch (error) {
    if (error instanceof CloudTransportError) throw error;
    throw new CloudTransportError('封面没传上去，请检查网络后再试');
  }
}
