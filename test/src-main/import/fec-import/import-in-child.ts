// Run by a test in a child process with a small heap: imports the FEC named on the command line
// into a new file and prints what happened as JSON. Not a test itself.
import path from 'node:path';
import { importFec } from '../../../../src-main/import/fec-import/fec-import-service';
import { Workspace } from '../../../../src-main/workspace/workspace';

const [fecPath = '', directory = ''] = process.argv.slice(2);
const workspace = new Workspace({ dataDirectory: directory, actor: 'Test' });
await workspace.createFile(path.join(directory, 'dossier.sqlite'), 'Grande Entreprise');
let reports = 0;
let peakHeap = 0;
const result = await importFec(
  workspace.context(),
  fecPath,
  {},
  {
    report: () => {
      reports += 1;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    },
  },
);
const { sqlite } = workspace.context().database;
const count = (table: string) => sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
process.stdout.write(
  JSON.stringify({
    reports,
    peakHeapMb: Math.round(peakHeap / 1_048_576),
    invoices: count('invoices'),
    payments: count('payments'),
    debtors: count('debtors'),
    added: result.changes.invoicesAdded,
  }),
);
await workspace.closeFile();
