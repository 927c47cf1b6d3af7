import type { BenchWorkspace } from './bench-workspace';

const SOURCE = 'Banc d’essai : dernier taux livré, reporté au semestre en cours';

/**
 * The rates of the bench's half-year are not shipped yet (no publication verified), and the app
 * then refuses every décompte until the user types them in the « Réglages juridiques ». The bench
 * does what the user would, through the same channels, carrying the last shipped values
 * forward: they change the amounts in the letters, not the work measured.
 */
export async function enterMissingRates(bench: BenchWorkspace, today: string): Promise<void> {
  const halfYear = `${today.slice(0, 4)}-${today.slice(5, 7) <= '06' ? '01' : '07'}-01`;
  const settings = await bench.call('legal:settings', {});
  const ecb = settings.ecbRates.at(-1);
  if (ecb && ecb.effective < halfYear) {
    await bench.call('legal:saveEcbRate', {
      input: { effective: halfYear, rateBp: ecb.rateBp, source: SOURCE },
    });
  }
  const legal = settings.legalRates.at(-1);
  if (legal && legal.end < halfYear) {
    await bench.call('legal:saveLegalRate', {
      input: {
        start: halfYear,
        personnePhysiqueBp: legal.personnePhysiqueBp,
        autresCasBp: legal.autresCasBp,
        source: SOURCE,
      },
    });
  }
}
