import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxToText } from '../../support/docx-text';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { handWorkedDebtor, openCompanyFile } from './legal-fixture';

describe('requête en injonction de payer', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
  });

  afterEach(() => test.dispose());

  it('is pre-filled from the debtor file for the competent court and its Cerfa form', async () => {
    const { debtorId, invoiceA } = await handWorkedDebtor(test);

    const { draft, checks } = await test.call('legal:injonctionDraft', { debtorId });

    expect(draft.court).toEqual({
      name: 'Tribunal de commerce de Créteil',
      address: '',
      judge: 'tc',
      cerfaNumber: '12946*02',
    });
    expect(draft.creditor).toMatchObject({ name: 'Atelier Lumière SAS', siren: '732829320' });
    expect(draft.debtor).toMatchObject({ name: 'Boulangerie Dupont SARL', city: 'Créteil' });
    expect(draft.invoices[0]).toMatchObject({ invoiceId: invoiceA, principalCents: 300_000 });
    expect(draft.elements.map((element) => [element.key, element.amountCents])).toEqual([
      ['penalites', 43_735],
      ['indemnite', 8000],
    ]);
    expect(draft.pieces[0]).toContain('Facture n° FA-2024-090 du 01/11/2024');
    expect(checks.blocking).toEqual([]);
    expect(checks.warnings.map((finding) => finding.message)).toEqual([
      expect.stringContaining("L'adresse du greffe est vide"),
      expect.stringContaining("Aucune mise en demeure n'est enregistrée"),
    ]);
  });

  it(
    'exports a requête LibreOffice opens, with the parties, each amount and its basis, the ' +
      'court and the bordereau',
    async () => {
      const { debtorId } = await handWorkedDebtor(test);
      const { draft } = await test.call('legal:injonctionDraft', { debtorId });
      draft.court.address = '1 rue Pasteur Vallery-Radot, 94000 Créteil';

      const prepared = await test.call('legal:injonctionExport', { draft });
      const text = docxToText(prepared.filePath);

      for (const expected of [
        'Requête en injonction de payer',
        'Cerfa n° 12946*02',
        'Tribunal de commerce de Créteil',
        '1 rue Pasteur Vallery-Radot, 94000 Créteil',
        'Président du tribunal de commerce',
        'Atelier Lumière SAS',
        '732829320',
        'son représentant légal, Jeanne Martin',
        'Boulangerie Dupont SARL',
        '552081317',
        '12 rue de la Paix, 94000 Créteil',
        'la somme de 4 517,35 €',
        '4 000,00 €',
        '437,35 €',
        'C. com. art. L441-10',
        '80,00 €',
        '☒ Le demandeur demande qu',
        'Bordereau des pièces justificatives',
        'Relevé de compte du débiteur au 30/09/2025',
        'Fait à Paris, le 30 septembre 2025.',
      ]) {
        expect(text).toContain(expected);
      }
      expect(prepared.totalCents).toBe(451_735);
    },
  );

  it('keeps every field editable: a lower principal is claimed as typed, with a warning', async () => {
    const { debtorId } = await handWorkedDebtor(test);
    const { draft } = await test.call('legal:injonctionDraft', { debtorId });
    draft.invoices[0]!.principalCents = 250_000;
    draft.elements = draft.elements.filter((element) => element.key !== 'penalites');
    draft.debtor.name = 'Boulangerie Dupont';

    const { checks, preview } = await test.call('legal:injonctionPreview', { draft });

    expect(checks.blocking).toEqual([]);
    expect(checks.warnings[0]?.message).toContain('moins que le reste dû');
    // 2 500,00 + 1 000,00 principal and 2 × 40 € of indemnity, without the penalties.
    expect(JSON.stringify(preview)).toContain('la somme de 3\u202f580,00\u00a0€');
    expect(JSON.stringify(preview)).toContain('Boulangerie Dupont');
  });

  it(
    'refuses to export an invoice under dispute or an amount above the ledger, writing ' +
      'nothing',
    async () => {
      const { debtorId, invoiceB } = await handWorkedDebtor(test);
      const { draft } = await test.call('legal:injonctionDraft', { debtorId });
      test.workspace
        .context()
        .database.sqlite.prepare(
          `INSERT INTO disputes (debtor_id, reason, opened_on, created_by, created_at)
         VALUES (?, 'prix', '2025-09-01', 'Test', '2025-09-01T00:00:00Z')`,
        )
        .run(debtorId);
      test.workspace
        .context()
        .database.sqlite.prepare(
          'INSERT INTO dispute_invoices (dispute_id, invoice_id) VALUES (1, ?)',
        )
        .run(invoiceB);
      draft.invoices[0]!.principalCents = 999_999;

      const error = await test.callError('legal:injonctionExport', { draft });

      expect(error.message).toContain("La requête n'est pas exportée");
      expect(error.fieldErrors?.['invoices.0.principalCents']).toContain('dépasse ce qui reste dû');
      expect(error.fieldErrors?.['invoices.1.principalCents']).toContain('est en litige');
      expect((await test.call('cases:list', {})).length).toBe(0);
    },
  );

  it(
    'records the court on the case, and the requête filed interrupts the prescription of its ' +
      'invoices',
    async () => {
      const { debtorId } = await handWorkedDebtor(test);
      const { draft } = await test.call('legal:injonctionDraft', { debtorId });
      const prepared = await test.call('legal:injonctionExport', { draft });

      const filed = await test.call('cases:recordStep', {
        debtorId,
        input: {
          kind: 'requete_deposee',
          occurredOn: '2025-09-30',
          deadlineOn: null,
          reference: 'RG 25/01234',
          note: null,
          contactId: null,
        },
      });
      const { claim } = await test.call('legal:procedure', { debtorId });

      expect(filed.court).toEqual({
        name: 'Tribunal de commerce de Créteil',
        address: null,
        judge: 'tc',
        cerfaNumber: '12946*02',
      });
      expect(filed.steps[0]).toMatchObject({ documentId: prepared.documentId });
      expect(claim.invoices[1]?.prescription.explanation).toContain(
        'le dépôt de la requête du 30/09/2025 (C. civ. art. 2241)',
      );
      expect(claim.invoices[1]?.prescription.lastDayToAct).toBe('2030-09-30');
    },
  );

  it('remembers the greffe address typed in a requête and pre-fills it for that court', async () => {
    const first = await handWorkedDebtor(test);
    const second = await handWorkedDebtor(test, {
      name: 'Pâtisserie Martin',
      siren: '732829320',
    });
    const { draft } = await test.call('legal:injonctionDraft', { debtorId: first.debtorId });
    const typed = '1 rue Pasteur Vallery-Radot, 94000 Créteil';

    await test.call('legal:injonctionExport', {
      draft: { ...draft, court: { ...draft.court, address: typed } },
    });
    const next = await test.call('legal:injonctionDraft', { debtorId: second.debtorId });

    expect(next.draft.court).toMatchObject({
      name: 'Tribunal de commerce de Créteil',
      address: typed,
    });
    // Typed in a form only, the address is still to be checked before filing.
    expect(next.checks.warnings.map((finding) => finding.message)).toContain(
      "L'adresse du greffe n'est pas vérifiée par une source : contrôlez-la avant l'envoi.",
    );
  });

  it('prefers the address entered in the settings over one typed in an earlier requête', async () => {
    const { debtorId } = await handWorkedDebtor(test);
    const { draft } = await test.call('legal:injonctionDraft', { debtorId });
    await test.call('legal:injonctionExport', {
      draft: { ...draft, court: { ...draft.court, address: 'Adresse tapée dans la requête' } },
    });

    await test.call('legal:saveCourtAddress', { code: '9401', address: 'Adresse des réglages' });
    const next = await test.call('legal:injonctionDraft', { debtorId });

    expect(next.draft.court.address).toBe('Adresse des réglages');
  });
});
