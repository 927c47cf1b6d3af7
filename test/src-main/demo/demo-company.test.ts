import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysBetween, dayOfWeek } from '../../../src-shared/dates/calendar-date';
import { generateDemoCompany, iterateDemoDebtors } from '../../../src-main/demo/demo-company';
import type { DemoDebtor } from '../../../src-main/demo/demo-types';
import { expectedVatNumber, isValidIban, isValidRib, passesLuhn } from './check-digits';

const TODAY = '2025-06-30';
const small = generateDemoCompany({ seed: 20250630, debtors: 10, today: TODAY });
const medium = generateDemoCompany({ seed: 77, debtors: 200, today: TODAY });
const communes = JSON.parse(
  readFileSync(new URL('../../../assets/geo/idf-communes.json', import.meta.url), 'utf8'),
) as { communes: { name: string; postalCode: string }[] };
const naf = JSON.parse(
  readFileSync(new URL('../../../assets/geo/naf-sectors.json', import.meta.url), 'utf8'),
) as { sectors: { code: string; sector: string }[] };

function allInvoices(debtors: DemoDebtor[]) {
  return debtors.flatMap((item) => item.invoices);
}

describe('generateDemoCompany', () => {
  it('gives byte-identical output for the same seed and scale', () => {
    const again = generateDemoCompany({ seed: 20250630, debtors: 10, today: TODAY });

    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
  });

  it('gives different data for a different seed', () => {
    const other = generateDemoCompany({ seed: 20250631, debtors: 10, today: TODAY });

    expect(other.company.siren).not.toBe(small.company.siren);
    expect(JSON.stringify(other.debtors)).not.toBe(JSON.stringify(small.debtors));
  });

  it('keeps debtor n the same whatever the number of debtors asked for', () => {
    const larger = generateDemoCompany({ seed: 20250630, debtors: 25, today: TODAY });

    expect(JSON.stringify(larger.debtors.slice(0, 10))).toBe(JSON.stringify(small.debtors));
  });

  it('yields through iterateDemoDebtors exactly the debtors it collects', () => {
    const streamed = [...iterateDemoDebtors({ seed: 20250630, debtors: 10, today: TODAY })];

    expect(JSON.stringify(streamed)).toBe(JSON.stringify(small.debtors));
  });

  it('generates 10 debtors with 10 invoices each by default, and the number asked otherwise', () => {
    const fewer = generateDemoCompany({
      seed: 1,
      debtors: 10,
      invoicesPerDebtor: 3,
      today: TODAY,
    });

    expect(small.debtors).toHaveLength(10);
    expect(allInvoices(small.debtors)).toHaveLength(100);
    expect(allInvoices(fewer.debtors)).toHaveLength(30);
    expect(new Set(small.debtors.map((item) => item.debtor.externalRef)).size).toBe(10);
  });

  it('refuses a date that is not YYYY-MM-DD and a negative number of debtors', () => {
    expect(() => generateDemoCompany({ seed: 1, debtors: 1, today: '30/06/2025' })).toThrow(
      RangeError,
    );
    expect(() => generateDemoCompany({ seed: 1, debtors: -1, today: TODAY })).toThrow(RangeError);
  });

  it('describes the creditor with a Luhn-valid SIREN and SIRET, its VAT key and a valid IBAN', () => {
    const { company } = medium;

    expect(passesLuhn(company.siren)).toBe(true);
    expect(passesLuhn(company.siret)).toBe(true);
    expect(company.siret.startsWith(company.siren)).toBe(true);
    expect(company.vatNumber).toBe(expectedVatNumber(company.siren));
    expect(company.iban).toMatch(/^FR\d{25}$/);
    expect(isValidIban(company.iban)).toBe(true);
    expect(isValidRib(company.iban.slice(4))).toBe(true);
    expect(['SAS', 'SARL']).toContain(company.legalForm);
    expect(company.shareCapitalCents % 100).toBe(0);
    expect(company.rcsCity).not.toBe('');
  });

  it('gives every firm a Luhn-valid SIREN, a matching Luhn-valid SIRET and the right VAT key', () => {
    const firms = medium.debtors.map((item) => item.debtor).filter((d) => d.kind === 'entreprise');

    expect(firms.length).toBeGreaterThan(100);
    for (const firm of firms) {
      expect(firm.siren).toMatch(/^\d{9}$/);
      expect(passesLuhn(firm.siren ?? '')).toBe(true);
      expect(firm.siret?.slice(0, 9)).toBe(firm.siren);
      expect(passesLuhn(firm.siret ?? '')).toBe(true);
      expect(firm.vatNumber).toBe(expectedVatNumber(firm.siren ?? ''));
    }
  });

  it('gives private persons a first name and no company identifiers', () => {
    const people = medium.debtors
      .map((item) => item.debtor)
      .filter((d) => d.kind === 'particulier');

    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      expect(person.firstName).not.toBeNull();
      expect([person.siren, person.siret, person.vatNumber, person.nafCode]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it('places every debtor at a postal code and commune pair from the geo file', () => {
    const known = new Set(communes.communes.map((row) => `${row.postalCode} ${row.name}`));

    for (const { debtor } of medium.debtors) {
      expect(known).toContain(`${debtor.postalCode} ${debtor.city}`);
    }
    expect(known).toContain(`${medium.company.postalCode} ${medium.company.city}`);
  });

  it('takes NAF codes and their sector from the NAF table', () => {
    const known = new Set(naf.sectors.map((row) => `${row.code} ${row.sector}`));
    const firms = medium.debtors.filter((item) => item.debtor.kind === 'entreprise');

    for (const { debtor } of firms) expect(known).toContain(`${debtor.nafCode} ${debtor.sector}`);
  });

  it('writes phones in the 01 and 06 ranges kept for fiction and e-mails on .example domains', () => {
    const debtors = medium.debtors.map((item) => item.debtor);
    const contacts = medium.debtors.flatMap((item) => item.contacts);

    for (const phone of [...debtors, ...contacts].map((entry) => entry.phone)) {
      expect(phone).toMatch(/^(01 99 00|06 39 98) \d{2} \d{2}$/);
    }
    for (const email of [...debtors, ...contacts].flatMap((entry) => entry.email ?? [])) {
      expect(email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
    }
  });

  it('gives firms up to three contacts with one primary, and private persons none', () => {
    for (const item of medium.debtors) {
      const primaries = item.contacts.filter((contact) => contact.isPrimary);
      if (item.debtor.kind === 'particulier') expect(item.contacts).toHaveLength(0);
      expect(item.contacts.length).toBeLessThanOrEqual(3);
      expect(primaries).toHaveLength(item.contacts.length > 0 ? 1 : 0);
    }
  });

  it('makes TTC the exact sum of HT and VAT, with VAT at 20, 10 or 5,5 % rounded once', () => {
    for (const invoice of allInvoices(medium.debtors)) {
      const rate = invoice.vatRateBasisPoints;

      expect([2000, 1000, 550]).toContain(rate);
      expect(invoice.amountInclTaxCents).toBe(invoice.amountExclTaxCents + invoice.vatCents);
      expect(
        Math.abs(invoice.vatCents - (invoice.amountExclTaxCents * rate) / 10_000),
      ).toBeLessThanOrEqual(0.5);
      expect(Number.isInteger(invoice.amountExclTaxCents) && invoice.amountExclTaxCents > 0).toBe(
        true,
      );
    }
  });

  it('issues invoices on working days over the two years ending today, due on or after issue', () => {
    for (const invoice of allInvoices(medium.debtors)) {
      expect(invoice.issueDate <= TODAY).toBe(true);
      expect(daysBetween(invoice.issueDate, TODAY)).toBeLessThan(731);
      expect([0, 6]).not.toContain(dayOfWeek(invoice.issueDate));
      expect(invoice.dueDate >= invoice.issueDate).toBe(true);
    }
  });

  it('numbers invoices FA-YYYY-NNNNNN and credit notes AV-YYYY-NNNNNN, never twice', () => {
    const invoiceNumbers = allInvoices(medium.debtors).map((invoice) => invoice.number);
    const creditNumbers = medium.debtors.flatMap((item) => item.creditNotes.map((n) => n.number));

    for (const number of invoiceNumbers) expect(number).toMatch(/^FA-\d{4}-\d{6}$/);
    for (const number of creditNumbers) expect(number).toMatch(/^AV-\d{4}-\d{6}$/);
    expect(new Set(invoiceNumbers).size).toBe(invoiceNumbers.length);
    expect(new Set(creditNumbers).size).toBe(creditNumbers.length);
  });

  it('never allocates more than a payment holds nor more than an invoice is worth', () => {
    for (const item of medium.debtors) {
      const settled = new Map<string, number>();
      for (const payment of item.payments) {
        const allocated = payment.allocations.reduce((sum, a) => sum + a.amountCents, 0);

        expect(allocated).toBeLessThanOrEqual(payment.amountCents);
        for (const allocation of payment.allocations) {
          expect(allocation.amountCents).toBeGreaterThan(0);
          settled.set(
            allocation.invoiceKey,
            (settled.get(allocation.invoiceKey) ?? 0) + allocation.amountCents,
          );
        }
      }
      for (const note of item.creditNotes) {
        settled.set(note.invoiceKey, (settled.get(note.invoiceKey) ?? 0) + note.amountCents);
      }
      for (const invoice of item.invoices) {
        expect(settled.get(invoice.key) ?? 0).toBeLessThanOrEqual(invoice.amountInclTaxCents);
      }
    }
  });

  it('dates payments and credit notes after their invoice and never after today', () => {
    for (const item of medium.debtors) {
      const issued = new Map(item.invoices.map((invoice) => [invoice.key, invoice.issueDate]));
      for (const payment of item.payments) {
        expect(payment.date <= TODAY).toBe(true);
        for (const { invoiceKey } of payment.allocations) {
          expect(payment.date > (issued.get(invoiceKey) ?? '9999')).toBe(true);
        }
      }
      for (const note of item.creditNotes) {
        expect(note.date <= TODAY).toBe(true);
        expect(note.date >= (issued.get(note.invoiceKey) ?? '9999')).toBe(true);
        expect(note.amountExclTaxCents + note.vatCents).toBe(note.amountCents);
      }
    }
  });

  it('labels payments with their method, such as VIR 2025-03-14 NAME for a transfer', () => {
    const payments = medium.debtors.flatMap((item) => item.payments);

    for (const payment of payments.filter((p) => p.method === 'virement')) {
      expect(payment.reference?.startsWith(`VIR ${payment.date} `)).toBe(true);
      expect(payment.reference).toMatch(/^VIR \d{4}-\d{2}-\d{2} [A-Z0-9 ]+$/);
    }
    for (const payment of payments.filter((p) => p.method === 'cheque')) {
      expect(payment.reference).toMatch(/^CHQ \d{7}$/);
    }
    expect(new Set(payments.map((payment) => payment.method)).size).toBeGreaterThanOrEqual(4);
  });
});
