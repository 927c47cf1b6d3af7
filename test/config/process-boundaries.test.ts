import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: '.config/eslint.config.mjs' });

async function refusedImports(file: string, imports: string[]): Promise<string[]> {
  const code = imports.map((from, index) => `import * as m${index} from '${from}';`).join('\n');
  const uses = `\nexport const all = [${imports.map((_, index) => `m${index}`).join(', ')}];\n`;
  const [result] = await eslint.lintText(code + uses, { filePath: path.join(root, file) });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => imports[message.line - 1]!);
}

describe('the process boundaries enforced by the lint rules', () => {
  it('lets src-shared import only zod and its own files', async () => {
    const refused = await refusedImports('src-shared/money/probe.ts', [
      'zod',
      './cents',
      '../dates/calendar-date',
      'exceljs',
      'node:fs',
      'fs',
      'react',
      '../../src-main/database/open-database',
      '../../src-renderer/app/App',
    ]);

    expect(refused).toEqual([
      'exceljs',
      'node:fs',
      'fs',
      'react',
      '../../src-main/database/open-database',
      '../../src-renderer/app/App',
    ]);
  });

  it('lets the renderer import its UI packages and src-shared, never Node or main', async () => {
    const refused = await refusedImports('src-renderer/features/probe.tsx', [
      'react',
      'react-dom/client',
      'chart.js',
      'react-chartjs-2',
      '../../src-shared/money/cents',
      'electron',
      'better-sqlite3',
      'docx',
      'node:path',
      '../../src-main/ipc/dispatch',
    ]);

    expect(refused).toEqual([
      'electron',
      'better-sqlite3',
      'docx',
      'node:path',
      '../../src-main/ipc/dispatch',
    ]);
  });

  it('keeps the main process out of the renderer', async () => {
    const refused = await refusedImports('src-main/debtors/probe.ts', [
      'better-sqlite3',
      '../../src-shared/money/cents',
      '../../src-renderer/app/App',
    ]);

    expect(refused).toEqual(['../../src-renderer/app/App']);
  });
});
