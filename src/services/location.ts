import type { CoordSystem } from '@contracts/plain/team';
import Taro from '@tarojs/taro';

export interface LocationReading {
  lng: number;
  lat: number;
  accuracy: number;
  at: number;
}

export interface Readings {
  system: CoordSystem;
  samples: LocationReading[];
}

/** How many readings a check-in takes, and how far apart: real GPS wanders between them. */
export const READINGS = 4;
const GAP_MS = 1200;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The browser's own geolocation: WGS-84, as every browser reports it. */
function browserReading(): Promise<LocationReading> {
  return new Promise((resolve, reject) => {
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          lng: p.coords.longitude,
          lat: p.coords.latitude,
          accuracy: p.coords.accuracy,
          at: Date.now(),
        }),
      (e) => reject(new Error(e.code === 1 ? 'denied' : 'unavailable')),
      { enableHighAccuracy: true, maximumAge: 0, timeout: 15_000 },
    );
  });
}

/** WeChat's precise location in GCJ-02, the system the village boundaries are drawn in. */
async function weappReading(): Promise<LocationReading> {
  try {
    const r = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true, highAccuracyExpireTime: 3000 });
    return { lng: r.longitude, lat: r.latitude, accuracy: r.accuracy, at: Date.now() };
  } catch (error) {
    const text = String((error as { errMsg?: string }).errMsg ?? error);
    throw new Error(/auth|deny|denied/.test(text) ? 'denied' : 'unavailable');
  }
}

/**
 * Takes several readings a second or so apart, only now, at the member's tap (no tracking in between).
 * The function judges them; the phone only says which system they are in. Rejects with `denied` when the
 * member refused the location permission.
 */
export async function takeReadings(onProgress: (done: number) => void): Promise<Readings> {
  const h5 = process.env.TARO_ENV === 'h5';
  const samples: LocationReading[] = [];
  for (let i = 0; i < READINGS; i += 1) {
    if (i > 0) await pause(GAP_MS);
    samples.push(await (h5 ? browserReading() : weappReading()));
    onProgress(samples.length);
  }
  return { system: h5 ? 'wgs84' : 'gcj02', samples };
}

/** One reading now, for a grid event's report: the grid is found from it, a single fix is enough. */
export async function readingHere(): Promise<{ system: CoordSystem; reading: LocationReading }> {
  const h5 = process.env.TARO_ENV === 'h5';
  return { system: h5 ? 'wgs84' : 'gcj02', reading: await (h5 ? browserReading() : weappReading()) };
}
