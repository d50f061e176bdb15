import Taro from '@tarojs/taro';

export interface Located {
  point: { lng: number; lat: number };
  /** WeChat answers GCJ-02 when asked; a browser's geolocation is WGS-84, which the server converts. */
  coordinate: 'gcj02' | 'wgs84';
  accuracy?: number;
}

/**
 * Where the phone is now, for a report. High accuracy with WeChat's minimum wait (platform notes): a grid
 * is a few hundred metres across, so a coarse fix could land in the neighbour's grid.
 */
export async function locateHere(): Promise<Located> {
  const h5 = process.env.TARO_ENV === 'h5';
  const res = await Taro.getLocation({
    type: h5 ? 'wgs84' : 'gcj02',
    isHighAccuracy: true,
    highAccuracyExpireTime: 3000,
  });
  return {
    point: { lng: res.longitude, lat: res.latitude },
    coordinate: h5 ? 'wgs84' : 'gcj02',
    accuracy: res.accuracy,
  };
}
