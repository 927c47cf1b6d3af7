import type { BenchResult } from './bench-case';
import { frenchNumber, ratioText } from './french-figures';

/** The results as a Markdown table, as pasted in the README. */
export function benchTable(results: BenchResult[]): string {
  const header = [
    '| mesure | débiteurs | résultat | limite (même exécution) | ratio | cible |',
    '|---|---|---|---|---|---|',
  ];
  const rows = results.map((result) =>
    [
      '',
      result.label,
      frenchNumber(result.scale),
      result.figure,
      result.limit ?? '—',
      result.ratio === null ? '—' : ratioText(result.ratio),
      result.target === null
        ? '—'
        : `${result.target} : ${result.met ? 'atteinte' : 'non atteinte'}`,
      '',
    ]
      .join(' | ')
      .trim(),
  );
  return [...header, ...rows].join('\n');
}
