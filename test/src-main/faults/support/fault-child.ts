import { say } from './child-output';

// Entry point of the child processes of the fault tests, bundled by
// fault-children.ts: `node fault-child.mjs <scenario> <arguments…>`. Each
// scenario is imported on demand, so a child loads only what it runs.

const [scenario = '', ...args] = process.argv.slice(2);
const [a = '', b = '', c = '', d = '', e = '', f = ''] = args;

const scenarios: Record<string, () => Promise<void>> = {
  hold: async () => (await import('./crash-scenarios')).hold(a, b),
  'fec-import': async () => (await import('./crash-scenarios')).importInChild(a, b, c, d),
  'relance-batch': async () => (await import('./batch-scenario')).relanceBatchInChild(a, b, c),
  writer: async () =>
    (await import('./raw-writer')).rawWriter(
      a,
      b,
      Number(c),
      d === 'deferred' ? 'deferred' : 'immediate',
      Number(e),
      Number(f),
    ),
  restore: async () => (await import('./crash-scenarios')).restoreInChild(a, b, c),
  'disk-full': async () => (await import('./filesystem-scenarios')).diskFull(a, b, c),
  'read-only-folder': async () => (await import('./filesystem-scenarios')).readOnlyFolder(a, b),
  'usb-removed': async () => (await import('./filesystem-scenarios')).usbRemoved(a, b),
};

const run = scenarios[scenario];
if (!run) {
  say(`unknown scenario ${scenario}`);
  process.exit(2);
}
run().then(
  () => process.exit(0),
  (error: unknown) => {
    say(`failed ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
