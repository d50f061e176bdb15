import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { functionsDir, rootDir } from './lib/paths';
import { isStale } from './lib/staleness';

/** Function folders that have TypeScript sources (a folder without src/ is deployed as it is). */
export function functionNames(): string[] {
  return readdirSync(functionsDir).filter((name) => existsSync(join(functionsDir, name, 'src', 'index.ts')));
}

/**
 * Bundles each `cloudfunctions/<name>/src` with the shared server code and the contracts into a deployable
 * `cloudfunctions/<name>/index.js`; only `wx-server-sdk` stays external, as its package.json declares.
 * Skips a function whose bundle is newer than every source, unless forced.
 */
export async function buildFunctions(options: { force?: boolean; quiet?: boolean } = {}): Promise<string[]> {
  const shared = [join(rootDir, 'server'), join(rootDir, 'types'), join(rootDir, 'package-lock.json')];
  const built: string[] = [];
  for (const name of functionNames()) {
    const dir = join(functionsDir, name);
    const outfile = join(dir, 'index.js');
    if (!options.force && !isStale(outfile, [join(dir, 'src'), ...shared])) continue;
    // Written beside and renamed, so a runner never loads a half-written bundle.
    const partial = `${outfile}.${process.pid}.tmp`;
    await build({
      entryPoints: [join(dir, 'src', 'index.ts')],
      outfile: partial,
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      tsconfig: join(rootDir, 'tsconfig.json'),
      legalComments: 'none',
      logLevel: 'warning',
      banner: { js: `// Built from cloudfunctions/${name}/src by npm run build:functions. Do not edit.` },
    });
    renameSync(partial, outfile);
    built.push(name);
  }
  if (!options.quiet)
    console.log(built.length ? `built functions: ${built.join(', ')}` : 'functions up to date');
  return built;
}

if (require.main === module) {
  buildFunctions({ force: process.argv.includes('--force') }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
