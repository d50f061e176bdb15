import { resolve } from 'node:path';

/** Repository root, wherever a script is started from. */
export const rootDir = resolve(__dirname, '..', '..');
export const functionsDir = resolve(rootDir, 'cloudfunctions');
/** Local cloud data of `npm start` (SQLite, storage, secrets); never committed. */
export const localDataDir = resolve(rootDir, '.devcloud');
