import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxToText } from '../../support/docx-text';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { handWorkedDebtor, openCompanyFile } from './legal-fixture';

const commissaire = {
  kind: 'commissaire' as const,
  name: 'Luc Bernard',
  firm: 'SCP Bernard & Associés',
  addressLine1: '20 avenue du Général de Gaulle',
  postalCode: '94000',
  city: 'Créteil',
  email: 'etude@bernard.example',
  phone: '01 48 00 00 00',
  notes: null,
};

describe('hand-over pack for a commissaire de justice', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
  });

  afterEach(() => test.dispose());

  it(
    'writes one folder with the letter (identity, claim, history, bordereau) and the invoices ' +
      'as CSV',
    async () => {
      const { debtorId } = await handWorkedDebtor(test);
      await test.call('legal:miseEnDemeure', { debtorId, sentOn: '2025-09-30' });
      const contact = await test.call('legalContacts:add', { input: commissaire });

      const prepared = await test.call('legal:handOver', { debtorId, contactId: contact.id });
      const text = docxToText(prepared.files[0]!);
      const csv = fs.readFileSync(prepared.files[1]!, 'utf8');

      expect(prepared.files.map((file) => path.dirname(file))).toEqual([
        prepared.filePath,
        prepared.filePath,
      ]);
      for (const expected of [
        'Maître Luc Bernard',
        'SCP Bernard & Associés',
        'Boulangerie Dupont SARL, SIREN 552081317',
        '01 43 99 00 00',
        '4 517,35 €',
        'Historique des relances et de la procédure',
        'Lettre recommandée (mise en demeure)',
        'Mise en demeure envoyée (LRAR) le 30/09/2025',
        'Bordereau des pièces',
        'Liste des factures (Factures.csv)',
      ]) {
        expect(text).toContain(expected);
      }
      expect(csv.split('\r\n').slice(0, 3)).toEqual([
        '\ufeffNuméro;Date;Échéance;Montant TTC;Réglé;Avoirs;Reste dû;Pénalités ou intérêts;' +
          'Indemnité forfaitaire;En litige;Réclamée;Dernier jour pour agir',
        'FA-2024-090;01/11/2024;30/11/2024;5000,00;2000,00;0,00;3000,00;401,33;40,00;non;oui;15/03/2030',
        'FA-2025-041;01/06/2025;15/06/2025;1200,00;0,00;200,00;1000,00;36,02;40,00;non;oui;15/06/2030',
      ]);
    },
  );

  it('records the hand-over as a step naming the commissaire, once on the timeline', async () => {
    const { debtorId } = await handWorkedDebtor(test);
    const contact = await test.call('legalContacts:add', { input: commissaire });

    const prepared = await test.call('legal:handOver', { debtorId, contactId: contact.id });
    const legalCase = await test.call('cases:get', { id: prepared.caseId });
    const file = await test.call('debtors:get', { id: debtorId });

    expect(legalCase.steps).toMatchObject([{ kind: 'remise_commissaire', contactId: contact.id }]);
    expect(file.events.filter((event) => event.kind.startsWith('legal_'))).toMatchObject([
      { kind: 'legal_handover', summary: expect.stringContaining('Maître Luc Bernard') },
    ]);
  });

  it('refuses a lawyer or an archived entry where a commissaire de justice is expected', async () => {
    const { debtorId } = await handWorkedDebtor(test);
    const lawyer = await test.call('legalContacts:add', {
      input: { ...commissaire, kind: 'avocat' },
    });

    const error = await test.callError('legal:handOver', { debtorId, contactId: lawyer.id });

    expect(error.fieldErrors?.contactId).toContain('commissaire de justice actif');
  });

  it(
    'names the channels in French, writes « Maître » once, and says « saisie » only once ' +
      'filed',
    async () => {
      const { debtorId } = await handWorkedDebtor(test);
      // A relance by registered letter, as the relance engine writes it on the timeline.
      test.workspace
        .context()
        .database.sqlite.prepare(
          `INSERT INTO debtor_events (debtor_id, occurred_at, kind, actor, summary, details)
         VALUES (?, '2025-09-10T09:00:00Z', 'relance_done', 'Test', 'Relance faite, étape 3/4',
           '{"channel":"lrar"}')`,
        )
        .run(debtorId);
      const { draft } = await test.call('legal:injonctionDraft', { debtorId });
      await test.call('legal:injonctionExport', { draft });
      const contact = await test.call('legalContacts:add', {
        input: { ...commissaire, name: 'Me Paul Lefort' },
      });

      const prepared = await test.call('legal:handOver', { debtorId, contactId: contact.id });
      const text = docxToText(prepared.files[0]!);
      await test.call('cases:recordStep', {
        debtorId,
        input: {
          kind: 'requete_deposee',
          occurredOn: '2025-09-30',
          deadlineOn: null,
          reference: null,
          note: null,
          contactId: null,
        },
      });
      const filed = docxToText(
        (await test.call('legal:handOver', { debtorId, contactId: contact.id })).files[0]!,
      );

      expect(text).toContain('Lettre recommandée (LRAR)');
      expect(text).not.toMatch(/\blrar\b/);
      expect(text).toContain('Maître Paul Lefort, nous vous confions');
      expect(text).not.toContain('Maître Me');
      expect(text).toContain('Juridiction compétente : Tribunal de commerce de Créteil');
      expect(text).toContain("n'a pas encore été déposée");
      expect(text).not.toContain('Juridiction saisie');
      expect(filed).toContain(
        'Juridiction saisie : Tribunal de commerce de Créteil (requête déposée le 30/09/2025).',
      );
    },
  );
});
