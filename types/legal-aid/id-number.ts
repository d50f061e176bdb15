/** Weights and check characters of GB 11643 (the 18-digit resident identity number). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** True when an 18-character ID number has the right shape and check character (catches most typos). */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17]?.toUpperCase();
}

/** 320102195001011234 -> 3201**********1234: the region and the last digits, enough to tell people apart. */
export function maskIdNumber(id: string): string {
  return id.length < 8 ? '****' : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 李大明 -> 李**: the family name only. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length === 0 ? '' : `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}
