import type { BenchCase, BenchContext, BenchResult } from '../bench-case';
import { openBenchWorkspace, type BenchWorkspace } from '../bench-workspace';
import { counted, ms } from '../french-figures';
import { enterMissingRates } from '../legal-rates';
import { summarise } from '../statistics';

const TARGET_MS = 150;
const RUNS = 12;
const WARMUP = 2;

type Produce = (bench: BenchWorkspace, debtorId: number) => Promise<unknown>;

// Each run is a different debtor among those with overdue invoices, spread over the list, so
// no document is a second one for the same case. A debtor the document refuses (nothing left to
// claim once disputes and prescription are set aside) is counted, not timed.
async function timeDocuments(context: BenchContext, name: string, produce: Produce) {
  const bench = await openBenchWorkspace(context, 'write', name);
  await enterMissingRates(bench, context.today);
  const candidates = await bench.call('legal:batchCandidates', {});
  const step = Math.max(1, Math.floor(candidates.length / (RUNS + WARMUP) / 2));
  const durations: number[] = [];
  let refused = 0;
  let firstRefusal = '';
  let tried = 0;
  for (let index = 0; index < candidates.length && durations.length < RUNS; index += step) {
    const started = performance.now();
    try {
      await produce(bench, candidates[index]!.debtorId);
    } catch (error) {
      refused += 1;
      firstRefusal ||= (error as Error).message.slice(0, 160);
      continue;
    }
    tried += 1;
    if (tried > WARMUP) durations.push(performance.now() - started);
  }
  await bench.close();
  return { timings: summarise(durations), refused, firstRefusal };
}

async function documentResult(
  benchCase: BenchCase,
  context: BenchContext,
  produce: Produce,
): Promise<BenchResult> {
  const { timings, refused, firstRefusal } = await timeDocuments(context, benchCase.id, produce);
  const refusals =
    refused > 0
      ? `, ${counted(refused, 'débiteur refusé, non compté', 'débiteurs refusés, non comptés')}`
      : '';
  return {
    id: benchCase.id,
    label: benchCase.label,
    scale: context.scale,
    figure:
      `${ms(timings.medianMs)} médiane, ${ms(timings.p95Ms)} p95 ` +
      `(${timings.runs} documents${refusals})`,
    limit: null,
    ratio: null,
    target: `moins de ${TARGET_MS} ms`,
    met: timings.runs > 0 && timings.medianMs < TARGET_MS,
    raw: {
      medianMs: timings.medianMs,
      p95Ms: timings.p95Ms,
      runs: timings.runs,
      refused,
      firstRefusal,
    },
  };
}

/** A mise en demeure as the debtor file's button makes it: décompte, .docx, case and timeline. */
export const miseEnDemeureCase: BenchCase = {
  id: 'mise-en-demeure',
  label: 'Un document : mise en demeure (.docx, enregistrée au dossier)',
  scales: [1000, 10000, 50000],
  isolated: false,
  run(context) {
    return documentResult(this, context, (bench, debtorId) =>
      bench.call('legal:miseEnDemeure', { debtorId }),
    );
  },
};

/**
 * A requête en injonction de payer from the debtor file: the form pre-filled from the file,
 * then checked, written (.docx) and recorded, as the two screens of the form do it.
 */
export const requeteCase: BenchCase = {
  id: 'requete',
  label: 'Un document : requête en injonction de payer (préremplie, vérifiée, .docx)',
  scales: [1000, 10000, 50000],
  isolated: false,
  run(context) {
    return documentResult(this, context, async (bench, debtorId) => {
      const { draft, checks } = await bench.call('legal:injonctionDraft', { debtorId });
      if (checks.blocking.length > 0) throw new Error(checks.blocking[0]!.message);
      return bench.call('legal:injonctionExport', { draft });
    });
  },
};
