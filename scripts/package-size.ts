/**
 * Package-size budget for the weapp build. WeChat refuses uploads over 2 MB per package; we keep far tighter
 * budgets so villagers on slow networks get the first screen quickly and the team notices growth early.
 * Run after `taro build --type weapp` (see `npm run build:weapp`); the weapp tests call `measurePackages`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Every resident downloads the main package before the first screen, often on a weak signal: 400 KB at most
 * (Taro's runtime, its templates and React are about 290 KB of it). Pages not needed for the first screen live
 * in subpackages, and no contract library (zod) may reach the main package.
 */
export const MAIN_BUDGET_BYTES = 400 * 1024;
export const SUBPACKAGE_BUDGET_BYTES = 300 * 1024;

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

/** The uploaded files of a weapp build by package: '' for the main package, else the subpackage root. */
export function packageFiles(distDir: string): Map<string, string[]> {
  const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as AppJson;
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''));
  const files = new Map<string, string[]>([['', []], ...roots.map((r) => [r, []] as [string, string[]])]);
  for (const file of listFiles(distDir)) {
    const rel = relative(distDir, file).split('\\').join('/');
    if (!isUploaded(rel)) continue;
    const owner = roots.find((root) => rel.startsWith(`${root}/`)) ?? '';
    files.get(owner)?.push(file);
  }
  return files;
}

/** Measures the main package (everything outside a subpackage root) and each subpackage of a weapp build. */
export function measurePackages(distDir: string): PackageReport {
  const sizes = [...packageFiles(distDir)].map(([root, files]) => ({
    root,
    bytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
  }));
  const main = sizes.find((p) => p.root === '') ?? { root: '', bytes: 0 };
  const subpackages = sizes.filter((p) => p.root !== '');

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
