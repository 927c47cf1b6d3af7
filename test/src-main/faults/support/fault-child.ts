import { say } from './child-output';
import {
  bulkTransactions,
  hold,
  rawWriter,
  restoreInChild,
  smallTransactions,
} from './crash-scenarios';
import { diskFull, readOnlyFolder, usbRemoved } from './filesystem-scenarios';

// Entry point of the child processes of the fault tests, bundled by
// fault-children.ts: `node fault-child.mjs <scenario> <arguments…>`.

const [scenario = '', ...args] = process.argv.slice(2);
const [a = '', b = '', c = '', d = ''] = args;

const scenarios: Record<string, () => Promise<void>> = {
  hold: () => hold(a, b),
  small: () => smallTransactions(a, b, c),
  bulk: () => bulkTransactions(a, b, c),
  writer: () => rawWriter(a, b, Number(c), d === 'deferred' ? 'deferred' : 'immediate'),
  restore: () => restoreInChild(a, b, c),
  'disk-full': () => diskFull(a, b, c),
  'read-only-folder': () => readOnlyFolder(a, b),
  'usb-removed': () => usbRemoved(a, b),
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
