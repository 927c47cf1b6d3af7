import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxToText } from '../../support/docx-text';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { handWorkedDebtor, openCompanyFile } from './legal-fixture';

describe('note for a référé-provision', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
  });

  afterEach(() => test.dispose());

  it(
    'gives the lawyer the facts, the sums, why the debt is not seriously contestable and the ' +
      'pieces',
    async () => {
      const { debtorId } = await handWorkedDebtor(test);
      const lawyer = await test.call('legalContacts:add', {
        input: {
          kind: 'avocat',
          name: 'Claire Petit',
          firm: 'Petit Avocats',
          addressLine1: '8 boulevard Voltaire',
          postalCode: '75011',
          city: 'Paris',
          email: null,
          phone: null,
          notes: null,
        },
      });

      const prepared = await test.call('legal:refereNote', { debtorId, contactId: lawyer.id });
      const text = docxToText(prepared.filePath);
      const file = await test.call('debtors:get', { id: debtorId });

      for (const expected of [
        'Maître Claire Petit',
        'Atelier Lumière SAS, SIREN 732829320',
        'Boulangerie Dupont SARL, SIREN 552081317',
        'CPC art. 873 al. 2',
        'Tribunal de commerce de Créteil',
        '4 517,35 €',
        "Pourquoi l'obligation n'est pas sérieusement contestable",
        'Le débiteur a reconnu sa dette en réglant partiellement les factures n° FA-2024-090',
        'Facture n° FA-2025-041',
      ]) {
        expect(text).toContain(expected);
      }
      expect(file.events.at(-1)?.summary).toBe(
        'Note pour un référé-provision préparée (4\u202f517,35\u00a0€) pour Maître Claire Petit',
      );
    },
  );

  it('cites CPC 835 and the tribunal judiciaire for a civil claim', async () => {
    const { debtorId } = await handWorkedDebtor(test);
    await test.call('legal:setNature', { debtorId, nature: 'civil' });

    const prepared = await test.call('legal:refereNote', { debtorId, contactId: null });
    const text = docxToText(prepared.filePath);

    expect(text).toContain(
      'CPC art. 835 al. 2 : provision devant le président du tribunal judiciaire',
    );
    expect(text).toContain('Tribunal judiciaire de Créteil');
  });
});
