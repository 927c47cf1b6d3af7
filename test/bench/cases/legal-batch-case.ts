import type { BatchResult } from '../../../src-shared/domain/legal-batch';
import type { BenchCase } from '../bench-case';
import { openBenchWorkspace } from '../bench-workspace';
import { counted, frenchNumber, seconds } from '../french-figures';
import { enterMissingRates } from '../legal-rates';
import { peakMemoryMb, round } from '../statistics';

const TARGET_MS = 60_000;

/**
 * The batch of mises en demeure (registered letters) for every debtor the batch screen offers
 * (the 500 largest overdue amounts), through its job: each décompte checked, each letter written
 * and recorded, then all merged into one document to print.
 */
export const legalBatchCase: BenchCase = {
  id: 'legal-batch',
  label: 'Lot de 500 mises en demeure (courriers recommandés, fusionnés)',
  scales: [10000, 50000],
  isolated: true,
  async run(context) {
    const bench = await openBenchWorkspace(context, 'write', 'lot-mises-en-demeure');
    await enterMissingRates(bench, context.today);
    const candidates = await bench.call('legal:batchCandidates', {});

    const started = performance.now();
    const { jobId } = await bench.call('legal:batchPrepare', {
      kind: 'mise_en_demeure',
      debtorIds: candidates.map((candidate) => candidate.debtorId),
    });
    const status = await bench.finish(jobId);
    const totalMs = round(performance.now() - started);
    const peakMb = peakMemoryMb();
    await bench.close();
    if (status.state !== 'done') throw new Error(status.error?.message ?? status.state);

    const { items } = status.result as BatchResult;
    const prepared = items.filter((item) => item.status === 'prepared').length;
    return {
      id: this.id,
      label: this.label,
      scale: context.scale,
      figure:
        `${frenchNumber(candidates.length)} débiteurs en ${seconds(totalMs)} : ` +
        `${counted(prepared, 'courrier', 'courriers')}, ` +
        `${counted(items.length - prepared, 'écarté', 'écartés', 'aucun écarté')} ` +
        'par les vérifications, ' +
        `pic de mémoire ${frenchNumber(peakMb)} Mo`,
      limit: null,
      ratio: null,
      target: `un lot de 500 en moins de ${seconds(TARGET_MS)}`,
      met: candidates.length >= 500 && totalMs < TARGET_MS,
      raw: {
        totalMs,
        prepared,
        skipped: items.length - prepared,
        candidates: candidates.length,
        peakMb,
      },
    };
  },
};
