import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SmsExport } from '../../../src-shared/relance/relance-view';
import { plainSpaces } from '../../support/plain-spaces';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

const consumer = { kind: 'particulier' as const, siren: null, legalForm: null };

describe('the SMS export for a provider’s bulk upload', () => {
  let test: TestWorkspace;
  let lea: number;
  let landline: number;
  let result: SmsExport;
  let lines: string[];

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
    lea = (
      await addDebtorWithInvoices(
        test,
        { ...consumer, name: 'Petit', firstName: 'Léa', phone: '06 12 34 56 78' },
        [
          ['FA-20', '2026-11-29', 300_000],
          ['FA-21', '2026-11-30', 76_904],
        ],
      )
    ).debtorId;
    await addDebtorWithInvoices(
      test,
      { ...consumer, name: '=SOMME(A1)', firstName: null, phone: '+33 7 11 22 33 44' },
      [['FA-22', '2026-11-29', 10_000]],
    );
    landline = (
      await addDebtorWithInvoices(
        test,
        { ...consumer, name: 'Roux', firstName: 'Paul', phone: '01 43 99 00 00' },
        [['FA-23', '2026-11-29', 20_000]],
      )
    ).debtorId;
    result = await test.call('relance:exportSms', {});
    lines = fs
      .readFileSync(result.path!, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
  });

  afterEach(() => test.dispose());

  it('writes the mobile numbers as plain international numbers, without a formula guard', () => {
    const numbers = lines.slice(1, -1).map((line) => line.split(';')[0]);

    expect(lines[0]).toBe('numero;message;debiteur');
    expect(numbers.sort()).toEqual(['+33612345678', '+33711223344']);
  });

  it('keeps the formula guard on the free texts', () => {
    const row = lines.find((line) => line.startsWith('+33711223344;'))!;

    expect(row.endsWith(";'=SOMME(A1)")).toBe(true);
  });

  it('speaks of « vos 2 factures » to a consumer owing two invoices', () => {
    const row = lines.find((line) => line.startsWith('+33612345678;'))!;

    expect(plainSpaces(row)).toContain(
      'vos 2 factures (3 769,04 €) sont échues depuis le 29/11/2026',
    );
  });

  it('leaves a landline on the agenda with the reason, and records nothing for it', async () => {
    const agenda = await test.call('relance:agenda', {});
    const view = await test.call('relance:debtor', { debtorId: landline });
    const done = await test.call('relance:debtor', { debtorId: lea });

    expect(result.count).toBe(2);
    expect(result.withoutNumber).toEqual([
      {
        debtorId: landline,
        debtorName: 'Paul Roux',
        reason: 'le 01 43 99 00 00 n’est pas un mobile (06 ou 07) : il ne reçoit pas de SMS',
      },
    ]);
    expect(agenda.items.map((item) => item.debtorId)).toEqual([landline]);
    expect(view.history).toEqual([]);
    expect(done.history[0]).toMatchObject({ delivery: 'sms_csv', recipient: '+33612345678' });
  });

  it('backs the file up before recording the relances', async () => {
    const backups = await test.call('backups:list', {});

    expect(backups.entries.map((entry) => entry.reason)).toEqual(['avant-relances']);
  });
});
