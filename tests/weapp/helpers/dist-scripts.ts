import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Node, parse } from 'acorn';

export interface DistScript {
  /** Path inside dist/, e.g. 'package-admin/pages/stats/index.js'. */
  path: string;
  source: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Every JavaScript file WeChat would load from the build (wxs is a language of its own and is skipped). */
export function distScripts(distDir: string): DistScript[] {
  return listFiles(distDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ path: relative(distDir, file), source: readFileSync(file, 'utf8') }));
}

/**
 * Parses a script as the build's target, ES5 (the browserslist in package.json): with `es6: false` WeChat
 * uploads the code as built, and its oldest supported engines parse nothing newer. Throws on newer syntax.
 */
export function parseAsTarget(script: DistScript): Node {
  return parse(script.source, { ecmaVersion: 5, sourceType: 'script' });
}
