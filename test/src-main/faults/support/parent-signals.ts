/**
 * The words the parent writes on a child's stdin, one a line (`go`,
 * `stop`): a child waits for `go` so that two children start writing at
 * the same moment, and a writer stops on `stop`.
 */
const heard = new Set<string>();
const waiting = new Map<string, (() => void)[]>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  let pending = '';
  process.stdin.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const word of lines.map((line) => line.trim())) {
      heard.add(word);
      for (const resolve of waiting.get(word) ?? []) resolve();
      waiting.delete(word);
    }
  });
  process.stdin.resume();
}

/** Resolves once the parent has written `word`. */
export function parentSaid(word: string): Promise<void> {
  listen();
  if (heard.has(word)) return Promise.resolve();
  return new Promise((resolve) => waiting.set(word, [...(waiting.get(word) ?? []), resolve]));
}

/** True once the parent has written `word`; never waits. */
export function hasParentSaid(word: string): boolean {
  listen();
  return heard.has(word);
}
