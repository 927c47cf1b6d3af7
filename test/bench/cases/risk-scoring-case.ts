import { addDays } from '../../../src-shared/dates/calendar-date';
import { riskClasses } from '../../../src-main/risk/risk-service';
import type { BenchCase } from '../bench-case';
import { openBenchWorkspace } from '../bench-workspace';
import { frenchNumber, ms } from '../french-figures';
import { timeOnce, timeRepeatedly } from '../statistics';

/**
 * Every active debtor rated (class A to D with its factors), as the relance engine and the
 * dashboard ask for it. The first call after opening also reads the file; the later ones rate
 * the same file as of other days, which the cache has not seen, so they are the scoring alone.
 */
export const riskScoringCase: BenchCase = {
  id: 'risk-scoring',
  label: 'Score de risque de tous les débiteurs',
  scales: [1000, 10000, 50000],
  isolated: false,
  async run(context) {
    const { scale, today } = context;
    const bench = await openBenchWorkspace(context, 'read', 'risque');
    const service = bench.workspace.context();
    let rated = 0;
    const firstMs = await timeOnce(async () => {
      rated = (await riskClasses(service)).size;
    });
    const scoring = await timeRepeatedly(
      5,
      (run) => riskClasses({ ...service, today: () => addDays(today, -(run + 1)) }),
      0,
    );
    await bench.close();
    return {
      id: this.id,
      label: this.label,
      scale,
      figure:
        `${ms(scoring.medianMs)} médiane pour ${frenchNumber(rated)} débiteurs ` +
        `(premier appel après ouverture, lecture du dossier comprise : ${ms(firstMs)})`,
      limit: null,
      ratio: null,
      target: null,
      met: null,
      raw: { medianMs: scoring.medianMs, p95Ms: scoring.p95Ms, firstMs, debtors: rated },
    };
  },
};
