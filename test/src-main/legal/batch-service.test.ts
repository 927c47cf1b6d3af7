import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../src-shared/domain/legal-batch';
import { docxToText } from '../../support/docx-text';
import { sampleDebtor } from '../../support/sample-inputs';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addInvoice, openCompanyFile } from './legal-fixture';

describe('preparing several debtors at once', () => {
  let test: TestWorkspace;
  let ids: number[];

  beforeEach(async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
    const create = async (name: string, siren: string, legalForm: string | null) =>
      (await test.call('debtors:create', { input: sampleDebtor({ name, siren, legalForm }) })).id;
    const alpha = await create('Alpha Bâtiment', '552081317', 'SAS');
    const beta = await create('Bêta Transports', '732829320', null);
    const gamma = await create('Gamma Conseil', '542107651', 'SARL');
    await addInvoice(test, alpha, 'FA-A1', '2025-06-30', 240_000);
    await addInvoice(test, beta, 'FA-B1', '2025-07-31', 120_000);
    await addInvoice(test, gamma, 'FA-G1', '2025-12-31', 60_000);
    ids = [alpha, beta, gamma];
  });

  afterEach(() => test.dispose());

  async function run(kind: 'mise_en_demeure' | 'requete'): Promise<BatchResult> {
    const { jobId } = await test.call('legal:batchPrepare', { kind, debtorIds: ids });
    const status = await test.workspace.jobs.wait(jobId);
    expect(status.state).toBe('done');
    return status.result as BatchResult;
  }

  it('writes each mise en demeure, skips a debtor with nothing due, and merges the letters', async () => {
    const result = await run('mise_en_demeure');

    expect(result.items.map((item) => [item.debtorName, item.status])).toEqual([
      ['Alpha Bâtiment', 'prepared'],
      ['Bêta Transports', 'prepared'],
      ['Gamma Conseil', 'skipped'],
    ]);
    expect(result.items[2]?.messages[0]).toContain("Gamma Conseil n'a aucune facture échue");
    expect(result.items.slice(0, 2).every((item) => fs.existsSync(item.filePath!))).toBe(true);
    const merged = docxToText(result.mergedPath!);
    expect(merged).toContain('Alpha Bâtiment');
    expect(merged).toContain('Bêta Transports');
  });

  it('checks each requête and skips the one whose debtor identity is incomplete', async () => {
    const result = await run('requete');

    expect(result.items.map((item) => item.status)).toEqual(['prepared', 'skipped', 'skipped']);
    expect(result.items[1]?.messages).toEqual([
      'Identité du débiteur incomplète : indiquez la forme juridique (CPC art. 57).',
    ]);
    expect(result.items[0]?.messages).toEqual(
      expect.arrayContaining([expect.stringContaining("L'adresse du greffe est vide")]),
    );
    expect(result.mergedPath).toBeNull();
  });

  it('offers as candidates the debtors with overdue invoices, largest first', async () => {
    const candidates = await test.call('legal:batchCandidates', {});

    expect(candidates.map((candidate) => [candidate.debtorName, candidate.overdueCents])).toEqual([
      ['Alpha Bâtiment', 240_000],
      ['Bêta Transports', 120_000],
    ]);
    expect(candidates[0]).toMatchObject({ maxDaysOverdue: 92, miseEnDemeureSentOn: null });
  });

  it('reports an unexpected failure on one debtor and goes on with the others', async () => {
    // A damaged row (invoice ids that are not JSON) makes the claim of Bêta throw a plain error.
    const sqlite = test.workspace.context().database.sqlite;
    sqlite
      .prepare(
        `INSERT INTO legal_cases (debtor_id, opened_on, created_by, created_at)
         VALUES (?, '2025-09-01', 'Test', '2025-09-01T00:00:00Z')`,
      )
      .run(ids[1]);
    sqlite
      .prepare(
        `INSERT INTO legal_documents (case_id, debtor_id, kind, prepared_on, file_path,
           invoice_ids, total_cents, created_by, created_at)
         VALUES (1, ?, 'mise_en_demeure', '2025-09-01', '/nulle/part.docx', 'pas du json', 0,
           'Test', '2025-09-01T00:00:00Z')`,
      )
      .run(ids[1]);
    sqlite
      .prepare(
        `INSERT INTO legal_steps (case_id, kind, occurred_on, document_id, created_by, created_at)
         VALUES (1, 'mise_en_demeure_envoyee', '2025-09-01', 1, 'Test', '2025-09-01T00:00:00Z')`,
      )
      .run();

    const result = await run('mise_en_demeure');

    expect(result.items.map((item) => [item.debtorName, item.status])).toEqual([
      ['Alpha Bâtiment', 'prepared'],
      ['Bêta Transports', 'skipped'],
      ['Gamma Conseil', 'skipped'],
    ]);
    expect(result.items[1]?.messages).toEqual([
      "Une erreur inattendue s'est produite. Rien n'a été enregistré ; le détail est dans le " +
        "journal de l'application.",
    ]);
    expect(fs.existsSync(result.items[0]!.filePath!)).toBe(true);
  });

  it('takes a backup of the file before the batch, as « Avant une étape de procédure »', async () => {
    const before = await test.call('backups:list', {});

    await run('requete');
    const after = await test.call('backups:list', {});

    const taken = after.entries.filter(
      (entry) => !before.entries.some((old) => old.id === entry.id),
    );
    expect(taken.map((entry) => entry.reason)).toEqual(['avant-procedure']);
  });
});
