import { Collections } from '../collections';
import { findMany } from '../db';
import type { CaseDoc } from './models';

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The same two people, whichever of them applies. */
export function partyKey(a: string, b: string): string {
  return [squash(a), squash(b)].sort().join('|');
}

export function addressKey(village: string, address?: string): string {
  return address?.trim() ? `${squash(village)}/${squash(address)}` : '';
}

/**
 * Earlier cases between the same parties or at the same address: a dispute that comes back after an
 * agreement is what the justice office wants to see first (回头案).
 */
export async function findRepeats(keys: { partyKey: string; addressKey: string }): Promise<string[]> {
  const hits = await findMany<CaseDoc>(
    Collections.cases,
    { partyKey: keys.partyKey },
    { orderBy: [['createdAt', 'desc']], limit: 20 },
  );
  if (keys.addressKey) {
    hits.push(
      ...(await findMany<CaseDoc>(
        Collections.cases,
        { addressKey: keys.addressKey },
        { orderBy: [['createdAt', 'desc']], limit: 20 },
      )),
    );
  }
  return [...new Set(hits.filter((c) => c.state !== 'withdrawn').map((c) => c.caseNumber))];
}
