import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppIfStale } from '../../../scripts/lib/taro-build';

export const distDir = join(__dirname, '..', '..', '..', 'dist');
const lockDir = join(__dirname, '..', '..', '..', 'dist.build-lock');
const LOCK_STALE_MS = 5 * 60 * 1000;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Makes sure dist/ holds a weapp build no older than the sources. Jest runs test files in parallel workers,
 * so a lock directory (mkdir is atomic) keeps it to one build per run; the others wait and then find the
 * build fresh. A build over budget still leaves dist/ behind: the budget test reports it, not this helper.
 */
export async function ensureWeappBuild(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > LOCK_STALE_MS) rmdirSync(lockDir);
      await sleep(500);
    }
  }
  try {
    buildAppIfStale('weapp');
  } catch (error) {
    if (!existsSync(join(distDir, 'app.json'))) throw error;
  } finally {
    rmdirSync(lockDir);
  }
}
