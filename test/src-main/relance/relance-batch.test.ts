import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../../src-shared/relance/relance-view';
import type { BatchResult } from '../../../src-shared/relance/relance-view';
import { docxToText } from '../../support/docx-text';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

describe('the batch of today’s letters and e-mails on the demo file', () => {
  let test: TestWorkspace;
  let before: Agenda;
  let result: BatchResult;

  beforeAll(async () => {
    test = createTestWorkspace('2026-12-03');
    await test.call('file:createDemo', {
      path: path.join(test.directory, 'demo.sqlite'),
      debtors: 40,
    });
    before = await test.call('relance:agenda', {});
    const { jobId } = await test.call('relance:runBatch', { send: false });
    const status = await test.workspace.jobs.wait(jobId);
    if (status.state !== 'done') throw new Error(`batch ${status.state}: ${status.error?.message}`);
    result = status.result as BatchResult;
  }, 120_000);

  afterAll(() => test.dispose());

  it(
    'produces one document per letter or e-mail due today, and reports its progress to the ' +
      'end',
    async () => {
      const due = before.items.filter((item) =>
        ['email', 'lettre', 'lrar', 'mise_en_demeure'].includes(item.channel),
      );

      const files = fs.readdirSync(result.folder);

      expect(result.letters + result.emailsDrafted + result.failures.length).toBe(due.length);
      expect(result.letters).toBeGreaterThan(0);
      expect(files.filter((name) => name.endsWith('.eml'))).toHaveLength(result.emailsDrafted);
      expect(
        files.filter((name) => name.endsWith('.docx') && name !== 'Courriers fusionnés.docx'),
      ).toHaveLength(result.letters);
    },
  );

  it('merges the letters into one document to print, each on the company letterhead', () => {
    const letters = before.items.filter((item) =>
      ['lettre', 'lrar', 'mise_en_demeure'].includes(item.channel),
    );

    const text = docxToText(result.mergedLettersPath!);

    for (const item of letters) expect(text).toContain(item.debtorName);
    expect(text).toContain('Lettre recommandée avec accusé de réception');
    expect(text.match(/Veuillez|Nous vous prions d’agréer/g)?.length).toBe(letters.length);
  });

  it('writes each relance on its debtor’s timeline and takes it off the agenda', async () => {
    const first = before.items.find((item) => item.channel === 'email')!;

    const file = await test.call('debtors:get', { id: first.debtorId });
    const after = await test.call('relance:agenda', {});

    const event = file.events.filter((candidate) => candidate.kind === 'relance_done').at(-1)!;
    expect(event.details).toMatchObject({ channel: 'email', delivery: 'email_brouillon' });
    expect(after.items.map((item) => item.channel)).not.toContain('email');
    expect(after.items.filter((item) => item.channel === 'lettre')).toHaveLength(0);
  });

  it('merges the imported ledger with the relance on the timeline, by date', async () => {
    const first = before.items.find((item) => item.channel === 'email')!;

    const timeline = await test.call('timeline:get', { debtorId: first.debtorId });

    const days = timeline.map((entry) => entry.on);
    expect(days).toEqual([...days].sort());
    expect(
      timeline.some((entry) => entry.category === 'factures' && entry.summary.includes('émise')),
    ).toBe(true);
    const relance = timeline.at(-1)!;
    expect(relance).toMatchObject({ category: 'relances', on: '2026-12-03', actor: 'Test' });
    expect(relance.content?.body).toContain(first.invoices[0]!.number);
  });
});
