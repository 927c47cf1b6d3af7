import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxToText } from '../../support/docx-text';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addInvoice, handWorkedDebtor, openCompanyFile, pay } from './legal-fixture';

describe('mise en demeure', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
  });

  afterEach(() => test.dispose());

  it(
    'writes a letter LibreOffice opens, with both parties, the invoices, the working, the sum ' +
      'and the court',
    async () => {
      const { debtorId } = await handWorkedDebtor(test);

      const prepared = await test.call('legal:miseEnDemeure', { debtorId });
      const text = docxToText(prepared.filePath);

      expect(prepared.filePath).toBe(
        path.join(
          test.directory,
          'documents',
          'Atelier Lumière',
          'Boulangerie Dupont SARL',
          '2025-09-30 Mise en demeure.docx',
        ),
      );
      for (const expected of [
        'Lettre recommandée avec demande d’avis de réception',
        'Atelier Lumière SAS, SIREN 732829320',
        'Boulangerie Dupont SARL, SIREN 552081317',
        '12 rue de la Paix',
        'FA-2024-090',
        'FA-2025-041',
        // One line of the working: 01/12/2024 → 31/12/2024, 31 days, 5 000,00 € at 14,25 %.
        '01/12/2024',
        '14,25 %',
        '60,51 €',
        'Pénalités de retard',
        '437,35 €',
        'Indemnité forfaitaire pour frais de recouvrement',
        '80,00 €',
        'Objet : Mise en demeure de payer la somme de 4 517,35 €',
        'au plus tard le 8 octobre 2025',
        'le tribunal de commerce de Créteil',
        'Jeanne Martin',
      ]) {
        expect(text).toContain(expected);
      }
    },
  );

  it('opens a case, puts the letter on the timeline and, once sent, its deadline', async () => {
    const { debtorId } = await handWorkedDebtor(test);

    const prepared = await test.call('legal:miseEnDemeure', { debtorId, sentOn: '2025-09-30' });
    const file = await test.call('debtors:get', { id: debtorId });
    const legalCase = await test.call('cases:get', { id: prepared.caseId });

    expect(file.events.map((event) => event.summary)).toEqual(
      expect.arrayContaining([
        'Mise en demeure préparée (4\u202f517,35\u00a0€, à payer avant le 08/10/2025)',
        'Mise en demeure envoyée (LRAR) le 30/09/2025',
      ]),
    );
    expect(legalCase.documents).toMatchObject([{ kind: 'mise_en_demeure', totalCents: 451_735 }]);
    expect(legalCase.steps).toMatchObject([
      {
        kind: 'mise_en_demeure_envoyee',
        deadlineOn: '2025-10-08',
        documentId: prepared.documentId,
      },
    ]);
    expect(legalCase.deadlines[0]?.message).toContain("jusqu'au 08/10/2025");
  });

  it('refuses while the creditor has no SIREN, and writes nothing', async () => {
    const { debtorId } = await handWorkedDebtor(test);
    const company = await test.call('company:get', {});
    await test.call('company:update', { ...company, siren: null });

    const error = await test.callError('legal:miseEnDemeure', { debtorId });

    expect(error.message).toContain('Complétez le SIREN de votre entreprise');
    expect(fs.existsSync(path.join(test.directory, 'documents'))).toBe(false);
  });

  it('refuses with the missing half-year when a rate is not yet known', async () => {
    await test.dispose();
    test = createTestWorkspace('2026-12-03');
    await openCompanyFile(test);
    const { debtorId } = await handWorkedDebtor(test);

    const error = await test.callError('legal:miseEnDemeure', { debtorId });

    expect(error.message).toContain(
      'Le taux de la BCE en vigueur au 1er juillet 2026, qui fixe les pénalités de retard du ' +
        '2e semestre 2026',
    );
  });

  it('tells a consumer that interest at the legal rate runs from the letter, with no penalty', async () => {
    const { debtorId } = await handWorkedDebtor(test, {
      kind: 'particulier',
      name: 'Durand',
      firstName: 'Paul',
      legalForm: null,
      siren: null,
      nafCode: null,
      sector: null,
      sizeClass: null,
    });

    const prepared = await test.call('legal:miseEnDemeure', { debtorId });
    const text = docxToText(prepared.filePath);

    expect(text).toContain('Paul Durand, demeurant 12 rue de la Paix, 94000 Créteil');
    expect(text).toContain('fait courir les intérêts au taux légal');
    expect(text).toContain('de payer la somme de 4 000,00 €');
    expect(text).not.toContain('Indemnité forfaitaire');
  });

  it('claims the penalties and the 40 € of an invoice the firm paid late, with no principal', async () => {
    const { debtorId } = await handWorkedDebtor(test);
    const late = await addInvoice(test, debtorId, 'FA-2025-017', '2025-03-31', 80_000);
    await pay(test, debtorId, late, '2025-05-20', 80_000);

    const prepared = await test.call('legal:miseEnDemeure', { debtorId });
    const text = docxToText(prepared.filePath);

    // 01/04 → 20/05/2025: 50 days × 80 000 × 1315 / 3 650 000 = 1 441,10 → 14,41 €;
    // total 4 517,35 + 14,41 + 40,00 = 4 571,76 €.
    for (const expected of [
      'restent impayées ou ont été réglées après leur échéance',
      'FA-2025-017',
      '01/04/2025',
      '20/05/2025',
      '14,41 €',
      '40 € par facture payée en retard × 3',
      'Objet : Mise en demeure de payer la somme de 4 571,76 €',
    ]) {
      expect(text).toContain(expected);
    }
    expect(prepared.totalCents).toBe(457_176);
  });

  it('refuses a letter recorded as sent before the date written on it, and writes nothing', async () => {
    const { debtorId } = await handWorkedDebtor(test);

    const error = await test.callError('legal:miseEnDemeure', { debtorId, sentOn: '2025-09-29' });

    expect(error.fieldErrors?.sentOn).toBe(
      'La mise en demeure est datée du 30/09/2025 : elle ne peut pas avoir été envoyée le ' +
        '29/09/2025, avant sa propre date.',
    );
    expect(fs.existsSync(path.join(test.directory, 'documents'))).toBe(false);
  });
});
