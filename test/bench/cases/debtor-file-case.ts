import Database from 'better-sqlite3';
import path from 'node:path';
import { loadDebtorFile } from '../../../src-main/debtors/debtor-file';
import { Workspace } from '../../../src-main/workspace/workspace';
import type { BenchCase } from '../bench-case';
import { ms } from '../french-figures';
import { timeRepeatedly } from '../statistics';

/** Opening a debtor file: identity, contacts, ledger with open amounts, timeline. */
export const debtorFileCase: BenchCase = {
  id: 'debtor-file',
  label: 'Ouverture d’un dossier débiteur (toutes ses données)',
  scales: [1000, 10000, 50000],
  isolated: false,
  async run({ scale, demoFile, scratch, today }) {
    const raw = new Database(demoFile, { readonly: true });
    const ids = (raw.prepare('SELECT id FROM debtors ORDER BY id').all() as { id: number }[]).map(
      (row) => row.id,
    );
    raw.close();
    const workspace = new Workspace({
      dataDirectory: path.join(scratch, 'donnees-dossier'),
      actor: 'benchmark',
      today: () => today,
    });
    await workspace.openFile(demoFile, true);
    const context = workspace.context();
    // A spread of debtors across the file, the same ones on every run.
    const timings = await timeRepeatedly(100, (run) =>
      loadDebtorFile(context, ids[(run * 7919) % ids.length]!),
    );
    await workspace.closeFile();
    return {
      id: this.id,
      label: this.label,
      scale,
      figure: `${ms(timings.medianMs)} médiane, ${ms(timings.p95Ms)} p95`,
      limit: null,
      ratio: null,
      target: null,
      met: null,
      raw: { medianMs: timings.medianMs, p95Ms: timings.p95Ms },
    };
  },
};
