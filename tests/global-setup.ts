import { buildFunctions } from '../scripts/build-functions';

/** Builds stale function bundles once, before any test file starts a local cloud that runs them. */
export default async function globalSetup(): Promise<void> {
  await buildFunctions({ quiet: true });
}
