import Taro from '@tarojs/taro';

export interface PickedPhoto {
  path: string;
  size: number;
}

export type PhotoSource = 'album' | 'camera';

/**
 * The one way the app takes or picks photos: `chooseMedia` (WeChat deprecated `chooseImage`), images only,
 * compressed so uploads stay small on rural networks. Rejects like the WeChat API when the user closes the
 * picker (an errMsg containing "cancel").
 */
export async function pickPhotos(
  count: number,
  sources: PhotoSource[] = ['album', 'camera'],
): Promise<PickedPhoto[]> {
  const res = await Taro.chooseMedia({
    count,
    mediaType: ['image'],
    sizeType: ['compressed'],
    sourceType: sources,
  });
  return res.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size }));
}
