import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Bundles the child entry point with esbuild (the app's own code, as the
 * app's build does) into test-output, where Node finds node_modules. Each
 * scenario is its own chunk, so a child loads only the packages its
 * scenario needs: a child starts in a fraction of the time, dozens of times
 * per run.
 */
export async function bundleFaultChild(): Promise<string> {
  const outdir = path.join(root, 'test-output', 'fault-children', `child-${process.pid}`);
  await build({
    absWorkingDir: root,
    entryPoints: { 'fault-child': path.join(root, 'test/src-main/faults/support/fault-child.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  process.once('exit', () => fs.rmSync(outdir, { recursive: true, force: true }));
  return path.join(outdir, 'fault-child.mjs');
}

/** A running child and the lines it has printed so far. */
export interface RunningChild {
  process: ChildProcess;
  lines: string[];
  /** Resolves with the first line starting with `prefix` (or rejects when the child ends first). */
  waitFor(prefix: string): Promise<string>;
  /** Resolves with the first line that passes `test` (or rejects when the child ends first). */
  waitUntil(test: (line: string) => boolean, what: string): Promise<string>;
  /** Writes one word on the child's stdin (see parent-signals.ts). */
  tell(word: string): void;
  /** Resolves when the child has exited, with the lines it printed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[] }>;
}

/** Starts `node bundle args…`, or the same under `wrapper` (unshare) when given. */
export function startChild(bundle: string, args: string[], wrapper: string[] = []): RunningChild {
  const command = [...wrapper, process.execPath, bundle, ...args];
  const child = spawn(command[0] ?? process.execPath, command.slice(1), {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, RECOUVRA_DATA_DIR: '' },
  });
  const lines: string[] = [];
  const waiters: {
    what: string;
    test: (line: string) => boolean;
    resolve: (line: string) => void;
    reject: (e: Error) => void;
  }[] = [];
  let pending = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // A word told to a child already killed meets a closed pipe: nothing to report.
  child.stdin?.on('error', () => undefined);
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    lines: string[];
  }>((resolve) =>
    child.on('close', (code, signal) => {
      for (const waiter of waiters.splice(0)) {
        waiter.reject(
          new Error(`child ended before « ${waiter.what} »: ${lines.join('\n')}\n${stderr}`),
        );
      }
      resolve({ code, signal, lines });
    }),
  );
  const waitUntil = (test: (line: string) => boolean, what: string) => {
    const seen = lines.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    if (child.exitCode !== null || child.signalCode !== null) {
      return Promise.reject(new Error(`child already ended: ${lines.join('\n')}\n${stderr}`));
    }
    return new Promise<string>((resolve, reject) => waiters.push({ what, test, resolve, reject }));
  };
  return {
    process: child,
    lines,
    exited,
    waitUntil,
    waitFor: (prefix) => waitUntil((line) => line.startsWith(prefix), prefix),
    tell: (word) => void child.stdin?.write(`${word}\n`),
  };
}

/**
 * The command that runs a child as root of its own user and mount
 * namespace, where it may mount a tiny tmpfs that nobody else sees; null
 * when this system does not allow it (no unshare, or user namespaces off).
 */
export function privateMountNamespace(): string[] | null {
  const command = ['unshare', '--user', '--map-root-user', '--mount'];
  const probe = spawnSync(command[0] ?? '', [...command.slice(1), 'true']);
  return probe.status === 0 ? command : null;
}

export { seededRandom } from './seeded-random';
