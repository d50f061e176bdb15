import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** One item of DevTools' code quality scan (代码质量扫描), e.g. JS_COMPRESS_OPEN or PACKAGE_SIZE_LIMIT. */
export interface QualityItem {
  name: string;
  success: boolean;
  text: string;
  detail?: unknown;
}

/** The part of DevTools' static dependency analysis (代码静态依赖分析) the tests read. */
export interface CodeAnalysis {
  files: { path: string; size: number; moduleId: string | null; subPackage: string | null }[];
  modules: { id: string; errors?: unknown[]; deps?: { request: string; error?: unknown }[] }[];
}

/**
 * The little of miniprogram-ci the tests use. Its own typings pull in miniprogram-api-typings, whose globals
 * clash with Node's, so they are not imported.
 */
interface MiniprogramCi {
  Project: new (options: {
    appid: string;
    type: 'miniProgram';
    projectPath: string;
    privateKeyPath: string;
    ignores?: string[];
  }) => object;
  checkCodeQuality(project: object): Promise<QualityItem[]>;
  analyseCode(project: object, option?: { silent: boolean }): Promise<CodeAnalysis | undefined>;
}

export interface CiChecks {
  quality: QualityItem[];
  analysis: CodeAnalysis;
}

/**
 * Runs DevTools' offline checks on a build folder with miniprogram-ci, as WeChat DevTools would before an
 * upload. Neither check talks to WeChat: the AppID is a dummy and the private key a throwaway generated here
 * (the Project constructor asks for one; these checks never read it). The checks run in a child process
 * because miniprogram-ci leaves a file watcher open on the folder that would keep jest from exiting.
 */
export async function runCiChecks(distDir: string): Promise<CiChecks> {
  const outDir = mkdtempSync(join(tmpdir(), 'pmr-ci-out-'));
  const outFile = join(outDir, 'checks.json');
  try {
    await promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), __filename, distDir, outFile], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(readFileSync(outFile, 'utf8')) as CiChecks;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function checkInThisProcess(distDir: string): Promise<CiChecks> {
  const ci = require('miniprogram-ci') as MiniprogramCi;
  const keyDir = mkdtempSync(join(tmpdir(), 'pmr-ci-'));
  try {
    const privateKeyPath = join(keyDir, 'private.dummy.key');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    writeFileSync(privateKeyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }));
    const project = new ci.Project({
      appid: 'wx0000000000000000',
      type: 'miniProgram',
      projectPath: distDir,
      privateKeyPath,
    });
    const quality = await ci.checkCodeQuality(project);
    const analysis = await ci.analyseCode(project, { silent: true });
    if (!analysis) throw new Error('miniprogram-ci analysed nothing');
    return { quality, analysis };
  } finally {
    rmSync(keyDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  // The result goes to a file, not stdout: miniprogram-ci logs to stdout at odd moments, even after it answers.
  const [distDir = '', outFile = ''] = process.argv.slice(2);
  checkInThisProcess(distDir).then(
    (checks) => {
      writeFileSync(outFile, JSON.stringify(checks));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
