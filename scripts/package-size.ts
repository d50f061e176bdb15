/**
 * Package-size budget for the weapp build. WeChat refuses uploads over 2 MB per package; we keep far tighter
 * budgets so villagers on slow networks get the first screen quickly and the team notices growth early.
 * Run after `taro build --type weapp` (see `npm run build:weapp`); the weapp tests call `measurePackages`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const MAIN_BUDGET_BYTES = 600 * 1024;
export const SUBPACKAGE_BUDGET_BYTES = 400 * 1024;

export interface PackageSize {
  /** '' for the main package, otherwise the subpackage root such as 'package-admin'. */
  root: string;
  bytes: number;
}

export interface PackageReport {
  main: PackageSize;
  subpackages: PackageSize[];
  /** Human-readable budget violations; empty when everything fits. */
  violations: string[];
}

interface AppJson {
  subPackages?: { root: string }[];
  subpackages?: { root: string }[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Files WeChat DevTools does not upload (licence notes, source maps, the tool's own project file). */
function isUploaded(rel: string): boolean {
  return (
    !rel.endsWith('.LICENSE.txt') && !rel.endsWith('.map') && !/^project(\.private)?\.config\.json$/.test(rel)
  );
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Measures the main package (everything outside a subpackage root) and each subpackage of a weapp build. */
export function measurePackages(distDir: string): PackageReport {
  const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as AppJson;
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''));
  const main: PackageSize = { root: '', bytes: 0 };
  const subpackages: PackageSize[] = roots.map((root) => ({ root, bytes: 0 }));

  for (const file of listFiles(distDir)) {
    const rel = relative(distDir, file).split('\\').join('/');
    if (!isUploaded(rel)) continue;
    const size = statSync(file).size;
    const owner = subpackages.find((p) => rel.startsWith(`${p.root}/`));
    (owner ?? main).bytes += size;
  }

  const violations: string[] = [];
  if (main.bytes > MAIN_BUDGET_BYTES)
    violations.push(`main package ${kb(main.bytes)} exceeds ${kb(MAIN_BUDGET_BYTES)}`);
  for (const p of subpackages) {
    if (p.bytes > SUBPACKAGE_BUDGET_BYTES) {
      violations.push(`subpackage ${p.root} ${kb(p.bytes)} exceeds ${kb(SUBPACKAGE_BUDGET_BYTES)}`);
    }
  }
  return { main, subpackages, violations };
}

function main(): void {
  const distDir = resolve(process.argv[2] ?? join(__dirname, '..', 'dist'));
  const report = measurePackages(distDir);
  console.log(`weapp package sizes (${distDir}):`);
  console.log(
    `  main                 ${kb(report.main.bytes).padStart(10)}  (budget ${kb(MAIN_BUDGET_BYTES)})`,
  );
  for (const p of report.subpackages) {
    console.log(
      `  ${p.root.padEnd(20)} ${kb(p.bytes).padStart(10)}  (budget ${kb(SUBPACKAGE_BUDGET_BYTES)})`,
    );
  }
  if (report.violations.length > 0) {
    for (const v of report.violations) console.error(`  OVER BUDGET: ${v}`);
    process.exit(1);
  }
}

if (require.main === module) main();
