import type { RunningChild } from './fault-children';

/** How a child ended, and what it had printed when the kill was sent. */
export interface KilledChild {
  printedBeforeKill: string[];
  lines: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Waits until the child's output passes `trigger`, lets `delayMs` more go
 * by, then sends SIGKILL. A child that finished on its own in the meantime
 * ends with code 0 instead; either way the file must be whole.
 */
export async function killAfter(
  child: RunningChild,
  what: string,
  trigger: (lines: readonly string[]) => boolean,
  delayMs: number,
): Promise<KilledChild> {
  await child.waitUntil(() => trigger(child.lines), what);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const printedBeforeKill = [...child.lines];
  child.process.kill('SIGKILL');
  const { lines, code, signal } = await child.exited;
  return { printedBeforeKill, lines, code, signal };
}

/** The numbers of the lines `<word> N` a child printed, in order. */
export function numbersAfter(lines: readonly string[], word: string): number[] {
  return lines
    .filter((line) => line.startsWith(`${word} `))
    .map((line) =>
      Number(
        line
          .slice(word.length + 1)
          .split(' ')
          .at(-1),
      ),
    );
}
