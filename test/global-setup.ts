import { buildRenderer } from '../src-main/tooling/build.mjs';

// The end-to-end tests drive the built renderer through the loopback
// bridge; build it once before any test file runs.
export default async function setup(): Promise<void> {
  await buildRenderer();
}
