import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Bundles the child entry point with esbuild (the app's own code, as the
 * app's build does) into test-output, where Node finds node_modules.
 */
export async function bundleFaultChild(): Promise<string> {
  const outfile = path.join(root, 'test-output', 'fault-children', `child-${process.pid}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'test/src-main/faults/support/fault-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  process.once('exit', () => fs.rmSync(outfile, { force: true }));
  return outfile;
}

/** A running child and the lines it has printed so far. */
export interface RunningChild {
  process: ChildProcess;
  lines: string[];
  /** Resolves with the first line starting with `prefix` (or rejects when the child ends first). */
  waitFor(prefix: string): Promise<string>;
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
  const waiters: { prefix: string; resolve: (line: string) => void; reject: (e: Error) => void }[] =
    [];
  let pending = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => line.startsWith(candidate.prefix))) {
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
          new Error(`child ended before « ${waiter.prefix} »: ${lines.join('\n')}\n${stderr}`),
        );
      }
      resolve({ code, signal, lines });
    }),
  );
  return {
    process: child,
    lines,
    exited,
    waitFor(prefix) {
      const seen = lines.find((line) => line.startsWith(prefix));
      if (seen) return Promise.resolve(seen);
      if (child.exitCode !== null || child.signalCode !== null) {
        return Promise.reject(new Error(`child already ended: ${lines.join('\n')}\n${stderr}`));
      }
      return new Promise((resolve, reject) => waiters.push({ prefix, resolve, reject }));
    },
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

/** A small deterministic random generator (mulberry32), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
