import { CHINA_OFFSET_MS } from '../stats/months';

/** `14:05` in Beijing time, as the work log writes each entry. */
export function clockOf(at: number): string {
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(11, 16);
}

/** `2026-12-02 14:05` in Beijing time, as the audit log names a check-in. */
export function dateTimeOf(at: number): string {
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
