import { AppError } from '../app-error';
import { cloud } from '../cloud';

/** Temporary download URL of a stored file; stored photos are shown through it. */
export async function tempUrlOf(fileID: string, maxAgeS = 7 * 86_400): Promise<string> {
  const res = (await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: maxAgeS }] })) as {
    fileList: { tempFileURL?: string; status?: number }[];
  };
  const url = res.fileList[0]?.tempFileURL;
  if (!url) throw new AppError('BAD_REQUEST', '图片上传失败，请重新选择');
  return url;
}

/**
 * Starts WeChat's asynchronous image check (mediaCheckAsync v2). The verdict arrives later as the
 * `wxa_media_check` event (see cloudfunctions/message), matched by the trace id returned here.
 */
export async function startPhotoCheck(openid: string, url: string): Promise<string> {
  try {
    const res = (await cloud.openapi.security.mediaCheckAsync({
      openid,
      scene: 1,
      version: 2,
      mediaType: 2,
      mediaUrl: url,
    })) as { errCode?: number; traceId?: string };
    if (res.errCode || !res.traceId) throw new Error(`errCode ${res.errCode}`);
    return res.traceId;
  } catch (error) {
    console.error('[media] mediaCheckAsync failed', (error as Error).message);
    throw new AppError('INTERNAL', '图片检查暂时不可用，请稍后再发');
  }
}
