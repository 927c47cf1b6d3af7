import path from 'node:path';
import { startBridge } from '../../../src-main/bridge/http-bridge';
import { handlers } from '../../../src-main/ipc/handlers';
import { Workspace } from '../../../src-main/workspace/workspace';
import { launchChromium } from '../../e2e/support/chromium';
import type { BenchCase } from '../bench-case';
import { ms } from '../french-figures';
import { round, summarise } from '../statistics';

/** From opening the file to the first rows of the debtor list on screen, in Chromium. */
export const firstListCase: BenchCase = {
  id: 'first-list',
  label: 'Démarrage jusqu’à la première liste affichée (Chromium, pont local)',
  scales: [1000, 10000, 50000],
  isolated: true,
  async run({ root, scale, demoFile, scratch, today }) {
    const browser = await launchChromium();
    const durations: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      const workspace = new Workspace({
        dataDirectory: path.join(scratch, `donnees-${run}`),
        actor: 'benchmark',
        today: () => today,
      });
      await workspace.openFile(demoFile, true);
      const bridge = await startBridge({
        registry: handlers,
        context: { workspace, shell: 'bridge', dialogs: null, appVersion: 'bench' },
        // Built there by src-main/tooling/bench.mjs, apart from the tests' own build.
        staticDirectory: path.join(root, 'dist', 'bench', 'renderer'),
      });
      const page = await browser.newPage();
      await page.goto(`${bridge.url}/#/debiteurs`);
      await page.locator('.grid__body [role="row"] a').first().waitFor();
      durations.push(performance.now() - started);
      await page.close();
      await bridge.close();
      await workspace.closeFile();
    }
    await browser.close();
    const timings = summarise(durations);
    return {
      id: this.id,
      label: this.label,
      scale,
      figure: `${ms(timings.medianMs)} médiane (5 démarrages)`,
      limit: null,
      ratio: null,
      target: 'moins de 2 s',
      met: timings.medianMs < 2000,
      raw: { medianMs: timings.medianMs, maxMs: round(Math.max(...durations)) },
    };
  },
};
