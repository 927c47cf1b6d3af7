import { describe, expect, it } from 'vitest';
import type { CreditNoteInput, PaymentInput } from '../../../src-shared/domain/ledger';
import {
  allocationExceedsOpenError,
  creditNoteExceedsOpenError,
  validateCreditNoteInput,
  validateInvoiceInput,
  validatePaymentInput,
} from '../../../src-shared/domain/ledger-rules';
import { plainSpaces } from '../../support/plain-spaces';
import { sampleInvoice } from '../../support/sample-inputs';

const invoice = sampleInvoice(1, { issueDate: '2026-02-03', dueDate: '2026-03-05' });

const payment: PaymentInput = {
  debtorId: 1,
  date: '2026-03-10',
  amountCents: 50_000,
  method: 'virement',
  reference: 'VIR 0310',
  allocations: [
    { invoiceId: 1, amountCents: 30_000 },
    { invoiceId: 2, amountCents: 20_000 },
  ],
};

const creditNote: CreditNoteInput = {
  debtorId: 1,
  number: 'AV-2026-0003',
  date: '2026-03-12',
  amountCents: 12_000,
  invoiceId: 1,
  reason: 'Remise commerciale',
};

describe('validateInvoiceInput', () => {
  it('accepts a complete invoice, and one without VAT', () => {
    expect(validateInvoiceInput(invoice)).toEqual({});
    expect(validateInvoiceInput({ ...invoice, vatCents: 0, amountInclTaxCents: 100_000 })).toEqual(
      {},
    );
  });

  it('requires an invoice number', () => {
    expect(validateInvoiceInput({ ...invoice, number: '  ' })).toEqual({
      number: 'Le numéro de facture est obligatoire.',
    });
  });

  it('refuses a due date before the issue date, quoting both in French', () => {
    expect(validateInvoiceInput({ ...invoice, dueDate: '2026-02-01' })).toEqual({
      dueDate: "L'échéance (01/02/2026) est antérieure à la date de facture (03/02/2026).",
    });
  });

  it('accepts an invoice due on the day it is issued', () => {
    expect(validateInvoiceInput({ ...invoice, dueDate: '2026-02-03' })).toEqual({});
  });

  it('refuses dates that do not exist, and says when one is missing', () => {
    const errors = validateInvoiceInput({ ...invoice, issueDate: '2026-02-30', dueDate: '' });

    expect(errors).toEqual({
      issueDate:
        "La date de facture (30/02/2026) n'existe pas dans le calendrier : " +
        'saisissez une date JJ/MM/AAAA.',
      dueDate: "L'échéance est obligatoire.",
    });
  });

  it('refuses an amount that is not a whole number of cents', () => {
    const errors = validateInvoiceInput({ ...invoice, amountExclTaxCents: 100_000.5 });

    expect(errors.amountExclTaxCents).toBe(
      'Le montant HT est illisible : saisissez-le en euros, avec au plus deux décimales.',
    );
    expect(errors.amountInclTaxCents).toBeUndefined();
  });

  it('refuses a total of zero or below and points to the credit note', () => {
    const zero = { ...invoice, amountExclTaxCents: 0, vatCents: 0, amountInclTaxCents: 0 };

    expect(validateInvoiceInput(zero)).toEqual({
      amountInclTaxCents:
        'Le montant TTC doit être supérieur à zéro : ' +
        'une facture négative se saisit comme un avoir.',
    });
  });

  it('refuses a negative HT or VAT amount', () => {
    const errors = validateInvoiceInput({
      ...invoice,
      amountExclTaxCents: -1_000,
      vatCents: 121_000,
    });

    expect(errors).toEqual({ amountExclTaxCents: 'Le montant HT ne peut pas être négatif.' });
  });

  it('names the three amounts when HT plus VAT is not the TTC amount', () => {
    const errors = validateInvoiceInput({ ...invoice, amountInclTaxCents: 120_001 });

    expect(Object.keys(errors)).toEqual(['amountInclTaxCents']);
    expect(plainSpaces(errors.amountInclTaxCents)).toBe(
      'Les montants ne concordent pas : 1 000,00 € HT + 200,00 € de TVA font 1 200,00 €, ' +
        "et non 1 200,01 € TTC. Corrigez l'un des trois.",
    );
  });

  it('accepts only invoices in euros', () => {
    expect(validateInvoiceInput({ ...invoice, currency: 'USD' })).toEqual({
      currency: "Seules les factures en euros (EUR) sont gérées pour l'instant, pas en « USD ».",
    });
  });
});

describe('validatePaymentInput', () => {
  it('accepts a payment fully, partly or not at all allocated', () => {
    expect(validatePaymentInput(payment)).toEqual({});
    expect(
      validatePaymentInput({ ...payment, allocations: payment.allocations.slice(0, 1) }),
    ).toEqual({});
    expect(validatePaymentInput({ ...payment, allocations: [] })).toEqual({});
  });

  it('refuses a payment of zero or less', () => {
    const errors = validatePaymentInput({ ...payment, amountCents: 0, allocations: [] });

    expect(errors).toEqual({ amountCents: 'Le montant du paiement doit être supérieur à zéro.' });
  });

  it('refuses a payment date that does not exist', () => {
    expect(validatePaymentInput({ ...payment, date: '2026-13-01' }).date).toBe(
      "La date du paiement (01/13/2026) n'existe pas dans le calendrier : " +
        'saisissez une date JJ/MM/AAAA.',
    );
  });

  it('refuses an allocation of zero and says which line it is', () => {
    const allocations = [
      { invoiceId: 1, amountCents: 30_000 },
      { invoiceId: 2, amountCents: 0 },
    ];

    expect(validatePaymentInput({ ...payment, allocations })).toEqual({
      allocations:
        "L'affectation n° 2 doit être un montant supérieur à zéro : " +
        'corrigez-la ou supprimez la ligne.',
    });
  });

  it('refuses two allocations to the same invoice', () => {
    const allocations = [
      { invoiceId: 7, amountCents: 10_000 },
      { invoiceId: 7, amountCents: 5_000 },
    ];

    expect(validatePaymentInput({ ...payment, allocations }).allocations).toBe(
      'Le règlement est affecté deux fois à la même facture : ' +
        'regroupez ces montants sur une seule ligne.',
    );
  });

  it('refuses allocations that add up to more than the payment, naming both totals', () => {
    const allocations = [
      { invoiceId: 1, amountCents: 30_000 },
      { invoiceId: 2, amountCents: 30_000 },
    ];

    const errors = validatePaymentInput({ ...payment, allocations });

    expect(Object.keys(errors)).toEqual(['allocations']);
    expect(plainSpaces(errors.allocations)).toBe(
      'Les affectations totalisent 600,00 €, plus que le paiement (500,00 €) : réduisez-les.',
    );
  });

  it('accepts allocations that add up to exactly the payment', () => {
    const allocations = [
      { invoiceId: 1, amountCents: 25_000 },
      { invoiceId: 2, amountCents: 25_000 },
    ];

    expect(validatePaymentInput({ ...payment, allocations })).toEqual({});
  });
});

describe('validateCreditNoteInput', () => {
  it('accepts a complete credit note, with or without an invoice', () => {
    expect(validateCreditNoteInput(creditNote)).toEqual({});
    expect(validateCreditNoteInput({ ...creditNote, invoiceId: null })).toEqual({});
  });

  it('requires a number, an amount above zero and a real date', () => {
    const errors = validateCreditNoteInput({
      ...creditNote,
      number: '',
      amountCents: -500,
      date: '2026-02-29',
    });

    expect(errors).toEqual({
      number: "Le numéro d'avoir est obligatoire.",
      amountCents: "Le montant de l'avoir doit être supérieur à zéro.",
      date:
        "La date de l'avoir (29/02/2026) n'existe pas dans le calendrier : " +
        'saisissez une date JJ/MM/AAAA.',
    });
  });
});

describe('creditNoteExceedsOpenError', () => {
  it('speaks of the credit note and offers to put it on account, not of an allocation', () => {
    const message = plainSpaces(creditNoteExceedsOpenError('FA-2026-001', 30_000, 50_000));

    expect(message).toBe(
      "L'avoir de 500,00 € dépasse ce qui reste dû sur la facture FA-2026-001 (300,00 €) : " +
        "réduisez le montant de l'avoir, ou enregistrez-le sur compte, sans facture concernée.",
    );
    expect(message).not.toContain('affecté');
  });

  it('says when the invoice is already settled', () => {
    expect(creditNoteExceedsOpenError('FA-2026-001', 0, 5000)).toBe(
      "La facture FA-2026-001 est déjà soldée : enregistrez l'avoir sur compte, " +
        'sans facture concernée.',
    );
  });
});

describe('allocationExceedsOpenError', () => {
  it('asks to reduce the amount allocated to the invoice', () => {
    expect(plainSpaces(allocationExceedsOpenError('FA-2026-001', 12_000))).toBe(
      'Il ne reste que 120,00 € à régler sur la facture FA-2026-001 : ' +
        'réduisez le montant affecté.',
    );
  });
});
