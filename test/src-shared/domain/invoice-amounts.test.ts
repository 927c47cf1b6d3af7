import { describe, expect, it } from 'vitest';
import {
  completeInvoiceAmounts,
  invoiceEntryErrors,
  readInvoiceAmounts,
} from '../../../src-shared/domain/invoice-amounts';
import { validateInvoiceInput } from '../../../src-shared/domain/ledger-rules';
import { sampleInvoice } from '../../support/sample-inputs';

describe('readInvoiceAmounts', () => {
  it('computes VAT and TTC from the HT at the chosen rate', () => {
    const reading = readInvoiceAmounts({ amountExclTaxCents: '1 000,00' }, 2000);

    expect(reading.amounts).toEqual({
      amountExclTaxCents: 100_000,
      vatCents: 20_000,
      amountInclTaxCents: 120_000,
    });
    expect(reading.computed).toEqual(['vatCents', 'amountInclTaxCents']);
    expect(reading.usedRate).toBe(true);
    expect(reading.errors).toEqual({});
  });

  it('takes a TTC and a VAT typed from the invoice, which no HT at 20 % gives', () => {
    const reading = readInvoiceAmounts({ amountInclTaxCents: '99,99', vatCents: '16,67' }, 2000);

    expect(reading.amounts).toEqual({
      amountExclTaxCents: 8332,
      vatCents: 1667,
      amountInclTaxCents: 9999,
    });
    expect(reading.computed).toEqual(['amountExclTaxCents']);
    expect(reading.usedRate).toBe(false);
  });

  it('lets a typed VAT replace the one computed from the rate', () => {
    const reading = readInvoiceAmounts({ amountExclTaxCents: '83,32', vatCents: '16,67' }, 2000);

    expect(reading.amounts.amountInclTaxCents).toBe(9999);
  });

  it('adds the VAT typed for an invoice with several rates', () => {
    const reading = readInvoiceAmounts({ amountExclTaxCents: '300', vatCents: '35,50' }, null);

    expect(reading.amounts.amountInclTaxCents).toBe(33_550);
  });

  it('asks for the VAT when several rates leave only the HT', () => {
    const reading = readInvoiceAmounts({ amountExclTaxCents: '300' }, null);

    expect(reading.errors).toEqual({
      vatCents:
        'Avec plusieurs taux, saisissez aussi le total de TVA de la facture, ou le montant TTC.',
    });
  });

  it('asks for the HT or the TTC when nothing is typed', () => {
    expect(readInvoiceAmounts({ amountExclTaxCents: '  ' }, 2000).errors).toEqual({
      amountExclTaxCents: 'Saisissez le montant HT, ou le montant TTC et la TVA.',
    });
  });

  it('computes nothing from an unreadable amount and says only that it is unreadable', () => {
    const reading = readInvoiceAmounts({ amountExclTaxCents: '12,3,4' }, 2000);

    expect(reading.amounts).toEqual({});
    expect(reading.errors).toEqual({
      amountExclTaxCents:
        "« 12,3,4 » n'est pas un montant : " +
        'saisissez des chiffres, avec au plus deux décimales (ex. 1 234,56).',
    });
  });
});

describe('completeInvoiceAmounts', () => {
  it('finds the HT of a TTC at the rate, rounding once, and the VAT as the difference', () => {
    const { amounts } = completeInvoiceAmounts({ amountInclTaxCents: 9999 }, 2000);

    expect(amounts).toEqual({ amountExclTaxCents: 8333, vatCents: 1666, amountInclTaxCents: 9999 });
  });

  it('rounds the VAT of a reduced rate half away from zero', () => {
    const { amounts } = completeInvoiceAmounts({ amountExclTaxCents: 1010 }, 550);

    expect(amounts.vatCents).toBe(56);
    expect(amounts.amountInclTaxCents).toBe(1066);
  });

  it('keeps three typed amounts as they are, for the rule to compare', () => {
    const known = { amountExclTaxCents: 100, vatCents: 20, amountInclTaxCents: 130 };

    expect(completeInvoiceAmounts(known, 2000).amounts).toEqual(known);
  });
});

describe('invoiceEntryErrors', () => {
  it('shows only the unreadable-amount message, not the rule about a zero TTC', () => {
    const reading = readInvoiceAmounts({ amountExclTaxCents: 'abc' }, 2000);
    const input = sampleInvoice(1, {
      number: '',
      amountExclTaxCents: 0,
      vatCents: 0,
      amountInclTaxCents: 0,
    });

    const errors = invoiceEntryErrors(reading, validateInvoiceInput(input));

    expect(Object.keys(errors).sort()).toEqual(['amountExclTaxCents', 'number']);
    expect(errors.amountExclTaxCents).toContain('« abc »');
  });

  it('keeps the rule’s amount messages once every amount is known', () => {
    const reading = readInvoiceAmounts({ amountExclTaxCents: '-100' }, 2000);
    const input = sampleInvoice(1, {
      amountExclTaxCents: -10_000,
      vatCents: -2000,
      amountInclTaxCents: -12_000,
    });

    const errors = invoiceEntryErrors(reading, validateInvoiceInput(input));

    expect(errors.amountInclTaxCents).toContain('se saisit comme un avoir');
  });
});
