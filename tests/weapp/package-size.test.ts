import { readFileSync } from 'node:fs';
import {
  MAIN_BUDGET_BYTES,
  measurePackages,
  packageFiles,
  SUBPACKAGE_BUDGET_BYTES,
} from '../../scripts/package-size';
import { distDir, ensureWeappBuild } from './helpers/weapp-build';

beforeAll(async () => {
  await ensureWeappBuild();
}, 180_000);

describe('weapp package budget', () => {
  it('keeps the main package and every subpackage within budget', () => {
    const report = measurePackages(distDir);
    expect(report.violations).toEqual([]);
    expect(report.main.bytes).toBeLessThanOrEqual(MAIN_BUDGET_BYTES);
    for (const p of report.subpackages) expect(p.bytes).toBeLessThanOrEqual(SUBPACKAGE_BUDGET_BYTES);
  });

  it('leaves the validation library (zod) out of the main package: pages read types/plain', () => {
    const main = packageFiles(distDir).get('') ?? [];
    expect(main.length).toBeGreaterThan(0);
    const withZod = main.filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('$ZodType'));
    expect(withZod).toEqual([]);
  });

  it('has the staff subpackages, so residents never download staff screens', () => {
    const roots = measurePackages(distDir).subpackages.map((p) => p.root);
    expect(roots).toEqual(expect.arrayContaining(['package-mediator', 'package-admin']));
  });
});
