import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../src-shared/domain/legal-batch';
import { docxToText } from '../../support/docx-text';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { handWorkedDebtor, openCompanyFile } from './legal-fixture';

describe('a relance step that is a mise en demeure', () => {
  let test: TestWorkspace;
  let debtorId: number;
  let scenarioId: number;

  beforeEach(async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
    ({ debtorId } = await handWorkedDebtor(test));
    const scenario = await test.call('scenarios:create', {
      input: {
        name: 'Mise en demeure directe',
        description: null,
        steps: [
          {
            offsetDays: 10,
            channel: 'mise_en_demeure',
            tone: 'formel',
            subject: 'Mise en demeure',
            body: 'Texte du plan, remplacé par la lettre du contentieux.',
            deadlineDays: 8,
            repeatEveryDays: null,
          },
        ],
      },
    });
    scenarioId = scenario.id;
    await test.call('relance:setScenario', { debtorId, scenarioId });
  });

  afterEach(() => test.dispose());

  async function doRelance() {
    return test.call('relance:do', {
      debtorId,
      scenarioId,
      stepIndex: 0,
      subject: null,
      body: null,
      send: false,
    });
  }

  it('prints the legal letter, with the working of the amounts and the deadline', async () => {
    const record = await doRelance();

    const text = docxToText(record.outputPath!);
    expect(text).not.toContain('Texte du plan');
    for (const expected of [
      'MISE EN DEMEURE',
      // 01/12/2024 → 31/12/2024, 31 days on 5 000,00 € at 14,25 % (see the claim test).
      '01/12/2024',
      '14,25 %',
      '60,51 €',
      'Objet : Mise en demeure de payer la somme de 4 517,35 €',
      'au plus tard le 8 octobre 2025',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('records the letter on the case with the step « envoyée », which Contentieux shows', async () => {
    await doRelance();

    const [summary] = await test.call('cases:list', {});
    const legalCase = await test.call('cases:get', { id: summary!.id });

    expect(summary?.lastStep).toEqual({
      kind: 'mise_en_demeure_envoyee',
      occurredOn: '2025-09-30',
    });
    expect(legalCase.documents).toMatchObject([{ kind: 'mise_en_demeure', totalCents: 451_735 }]);
    expect(legalCase.steps).toMatchObject([
      {
        kind: 'mise_en_demeure_envoyee',
        occurredOn: '2025-09-30',
        deadlineOn: '2025-10-08',
        documentId: legalCase.documents[0]!.id,
      },
    ]);
    const written = legalCase.documents[0]!.filePath;
    expect(path.dirname(written)).toBe(
      path.join(test.directory, 'documents', 'Atelier Lumière', 'Boulangerie Dupont SARL'),
    );
    expect(docxToText(written)).toContain('au plus tard le 8 octobre 2025');
    const procedure = await test.call('legal:procedure', { debtorId });
    expect(procedure.miseEnDemeureSentOn).toBe('2025-09-30');
  });

  it('keeps the batch of Contentieux from writing a second letter the same day', async () => {
    await doRelance();

    const { jobId } = await test.call('legal:batchPrepare', {
      kind: 'mise_en_demeure',
      debtorIds: [debtorId],
    });
    const status = await test.workspace.jobs.wait(jobId);
    const result = status.result as BatchResult;
    const [summary] = await test.call('cases:list', {});
    const legalCase = await test.call('cases:get', { id: summary!.id });

    expect(result.items).toMatchObject([{ status: 'skipped', filePath: null }]);
    expect(result.items[0]?.messages[0]).toContain(
      "Une mise en demeure a déjà été préparée aujourd'hui pour ce débiteur et enregistrée " +
        'comme envoyée',
    );
    expect(legalCase.documents).toHaveLength(1);
  });

  it('sends the letter the batch prepared that morning instead of writing another', async () => {
    const { jobId } = await test.call('legal:batchPrepare', {
      kind: 'mise_en_demeure',
      debtorIds: [debtorId],
    });
    await test.workspace.jobs.wait(jobId);

    const record = await doRelance();
    const [summary] = await test.call('cases:list', {});
    const legalCase = await test.call('cases:get', { id: summary!.id });

    expect(legalCase.documents).toHaveLength(1);
    expect(legalCase.steps).toMatchObject([
      { kind: 'mise_en_demeure_envoyee', documentId: legalCase.documents[0]!.id },
    ]);
    expect(fs.existsSync(record.outputPath!)).toBe(true);
    expect(docxToText(record.outputPath!)).toContain('4 517,35 €');
  });
});
