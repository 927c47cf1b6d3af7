import type { BatchResult } from '../../../src-shared/relance/relance-view';
import { isBatchChannel, isLetterChannel } from '../../../src-shared/relance/relance-channel';
import { runRelanceBatch } from '../../../src-main/relance/relance-batch';
import { relanceOutputRoot } from '../../../src-main/relance/relance-output';
import { readRelanceSettings } from '../../../src-main/relance/relance-settings-store';
import type { BenchCase } from '../bench-case';
import { openBenchWorkspace } from '../bench-workspace';
import { counted, frenchNumber, seconds } from '../french-figures';
import { enterMissingRates } from '../legal-rates';
import { peakMemoryMb, round } from '../statistics';

const LETTERS = 500;
const TARGET_MS = 60_000;
const OWNER = { kind: 'tous' as const };

/**
 * Today's batch of letters and e-mails, run by the service the « Lancer le lot » job runs, with
 * the same options. It is stopped, as the user's button stops it, once the target's minute has
 * passed: what was done by then says whether 500 letters fit in it. The time the 500th letter of
 * the list was done is read from the progress the batch reports before each debtor.
 */
export const relanceBatchCase: BenchCase = {
  id: 'relance-batch',
  label: 'Lot des relances du jour (courriers et e-mails)',
  scales: [1000, 10000, 50000],
  isolated: true,
  async run(context) {
    const bench = await openBenchWorkspace(context, 'write', 'lot-relances');
    await enterMissingRates(bench, context.today);
    const service = bench.workspace.context();
    const outputRoot = relanceOutputRoot(
      await readRelanceSettings(service.database.db),
      bench.workspace.dataDirectory,
    );
    const due = (await bench.call('relance:agenda', { owner: OWNER })).items.filter((item) =>
      isBatchChannel(item.channel),
    );
    const letterIndexes = due.flatMap((item, index) =>
      isLetterChannel(item.channel) ? [index] : [],
    );
    const lastCounted = letterIndexes[LETTERS - 1] ?? null;

    const controller = new AbortController();
    let atTarget: number | null = null;
    const started = performance.now();
    const result: BatchResult = await runRelanceBatch(
      service,
      {
        signal: controller.signal,
        report: ({ done }) => {
          const elapsed = performance.now() - started;
          if (atTarget === null && lastCounted !== null && done > lastCounted) atTarget = elapsed;
          if (elapsed > TARGET_MS) controller.abort();
        },
      },
      { owner: OWNER, send: false, outputRoot },
    );
    const totalMs = round(performance.now() - started);
    const peakMb = peakMemoryMb();
    await bench.close();

    const dueLetters = letterIndexes.length;
    const dueEmails = due.length - dueLetters;
    const made =
      `${counted(result.letters, 'courrier', 'courriers')} et ` +
      `${counted(result.emailsDrafted, 'e-mail', 'e-mails')}`;
    const figure = result.stopped
      ? `arrêté au bout de ${seconds(totalMs)} : ${made} faits, sur ` +
        `${counted(dueLetters, 'courrier', 'courriers')} et ` +
        `${counted(dueEmails, 'e-mail', 'e-mails')} dus`
      : `${made} en ${seconds(totalMs)} (lot complet)`;
    // Stopped at the minute before the 500th letter: the target is missed, whatever was due. A
    // whole batch of fewer letters says nothing about 500 of them.
    const decided = atTarget !== null || result.stopped;
    return {
      id: this.id,
      label: this.label,
      scale: context.scale,
      figure:
        `${figure}, ${counted(result.failures.length, 'échec', 'échecs', 'aucun échec')}, ` +
        `pic de mémoire ${frenchNumber(peakMb)} Mo`,
      limit: null,
      ratio: null,
      target: decided ? `${LETTERS} courriers en moins de ${seconds(TARGET_MS)}` : null,
      met: decided ? atTarget !== null && atTarget < TARGET_MS : null,
      raw: {
        totalMs,
        msAt500thLetter: atTarget === null ? null : round(atTarget),
        letters: result.letters,
        emails: result.emailsDrafted,
        failures: result.failures.length,
        stopped: result.stopped ? 1 : 0,
        dueLetters,
        dueEmails,
        peakMb,
      },
    };
  },
};
