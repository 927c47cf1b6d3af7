import type { BenchCase } from '../bench-case';
import { openBenchWorkspace } from '../bench-workspace';
import { frenchNumber, ms } from '../french-figures';
import { timeOnce, timeWithinBudget } from '../statistics';

const OWNER = { owner: { kind: 'tous' as const } };

/**
 * Today's agenda (« À faire ») for everyone: each active debtor's relance worked out, the due
 * ones ranked. The first call after opening also reads the file for the risk classes that rank
 * it; the later ones find those in memory and rebuild the rest, as the screen does on each visit.
 */
export const agendaCase: BenchCase = {
  id: 'agenda',
  label: 'Agenda du jour (« À faire »)',
  scales: [1000, 10000, 50000],
  isolated: false,
  async run(context) {
    const bench = await openBenchWorkspace(context, 'read', 'agenda');
    let items = 0;
    const firstMs = await timeOnce(async () => {
      items = (await bench.call('relance:agenda', OWNER)).items.length;
    });
    const again = await timeWithinBudget(20_000, { minRuns: 3, maxRuns: 10 }, () =>
      bench.call('relance:agenda', OWNER),
    );
    await bench.close();
    return {
      id: this.id,
      label: this.label,
      scale: context.scale,
      figure:
        `${ms(again.medianMs)} médiane pour ${frenchNumber(items)} actions dues ` +
        `(premier appel après ouverture : ${ms(firstMs)})`,
      limit: null,
      ratio: null,
      target: null,
      met: null,
      raw: { medianMs: again.medianMs, p95Ms: again.p95Ms, runs: again.runs, firstMs, items },
    };
  },
};
