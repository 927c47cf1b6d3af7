import { describe, expect, it } from 'vitest';
import type { Company } from '../../../src-shared/domain/company';
import { messageFigures, type MessageContext } from '../../../src-shared/relance/message-values';
import { plainSpaces } from '../../support/plain-spaces';
import { shippedRateTables } from '../legal/shipped-assets';

const company: Company = {
  legalName: 'Atelier Lumière SAS',
  legalForm: 'SAS',
  shareCapitalCents: 1_000_000,
  siren: '552081317',
  rcsCity: 'Créteil',
  addressLine1: '1 rue de la Gare',
  addressLine2: null,
  postalCode: '94000',
  city: 'Créteil',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
  contactName: 'Claire Martin',
  email: 'compta@atelier-lumiere.fr',
  phone: '01 23 45 67 89',
};

function context(overrides: Partial<MessageContext> = {}): MessageContext {
  return {
    today: '2026-05-01',
    company,
    debtor: {
      kind: 'entreprise',
      name: 'Menuiserie Durand',
      firstName: null,
      addressLine1: '4 avenue Foch',
      addressLine2: null,
      postalCode: '92000',
      city: 'Nanterre',
    },
    contactName: 'Paul Durand',
    invoices: [
      {
        id: 1,
        number: 'FA-101',
        issueDate: '2026-03-01',
        dueDate: '2026-03-31',
        amountInclTaxCents: 100_000,
        openCents: 100_000,
        settlements: [],
      },
    ],
    rateTables: shippedRateTables(),
    deadlineDays: 8,
    ...overrides,
  };
}

describe('messageFigures', () => {
  it('computes the penalties at ECB + 10 points and the 40 € indemnity for a business', () => {
    const figures = messageFigures(context());

    // 1 000,00 € × 31 days (1 April to 1 May) × 12,15 % (2,15 % + 10) / 365 = 10,32 €.
    expect(figures.penaltiesCents).toBe(1032);
    expect(figures.indemnityCents).toBe(4000);
    expect(plainSpaces(figures.values.total_reclame)).toBe('1 050,32 €');
    expect(plainSpaces(figures.values.mention_penalites)).toContain('soit 10,32 € à ce jour');
    expect(figures.warnings).toEqual([]);
  });

  it('fills the invoice list, the deadline, the bank details and the amounts', () => {
    const { values, invoiceRows } = messageFigures(context());

    expect(plainSpaces(values.liste_factures)).toBe(
      '- Facture FA-101 du 01/03/2026, échéance 31/03/2026 : 1 000,00 € restant dû (31 jours de ' +
        'retard)',
    );
    // 1 May + 8 days is Saturday 9 May: the deadline runs to Monday 11 (8 May is a holiday too).
    expect(values.date_limite).toBe('11 mai 2026');
    expect(values.coordonnees_bancaires).toBe(
      'IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP',
    );
    expect(values.jours_retard).toBe('31');
    expect(values.contact).toBe('Paul Durand');
    expect(invoiceRows[0]).toHaveLength(6);
  });

  it('charges neither penalties nor indemnity to a private person', () => {
    const figures = messageFigures(
      context({
        debtor: { ...context().debtor, kind: 'particulier', firstName: 'Léa' },
        contactName: null,
      }),
    );

    expect(figures.indemnityCents).toBe(0);
    expect(figures.values.mention_penalites).toBe('');
    expect(plainSpaces(figures.values.total_reclame)).toBe('1 000,00 €');
    expect(figures.values.contact).toBe('Léa Menuiserie Durand');
  });

  it('keeps a deadline that falls on a working day', () => {
    const { values } = messageFigures(context({ today: '2026-05-04' }));

    expect(values.date_limite).toBe('12 mai 2026');
  });

  it('greets a named private person by name, and a business with « Madame, Monsieur »', () => {
    const consumer = { ...context().debtor, kind: 'particulier' as const, name: 'Petit' };
    const named = messageFigures(
      context({ debtor: { ...consumer, firstName: 'Léa' }, contactName: null }),
    );
    const withCivility = messageFigures(
      context({ debtor: { ...consumer, firstName: 'Mme Léa' }, contactName: null }),
    );
    const business = messageFigures(context({ contactName: null }));

    expect(named.values.formule_appel).toBe('Bonjour Léa Petit');
    expect(named.values.contact).toBe('Léa Petit');
    expect(withCivility.values.formule_appel).toBe('Madame');
    expect(business.values.formule_appel).toBe('Madame, Monsieur');
    expect(business.values.contact).toBe('Madame, Monsieur');
  });

  it('speaks of « vos 2 factures » when the relance concerns two invoices', () => {
    const second = { ...context().invoices[0]!, id: 2, number: 'FA-102', dueDate: '2026-04-15' };
    const two = messageFigures(context({ invoices: [...context().invoices, second] }));
    const one = messageFigures(context());

    expect(plainSpaces(two.values.factures_echues)).toBe(
      'vos 2 factures (2 000,00 €) sont échues depuis le 31/03/2026',
    );
    expect(plainSpaces(one.values.factures_echues)).toBe(
      'votre facture de 1 000,00 € est échue depuis le 31/03/2026',
    );
  });

  it('leaves the penalties « à parfaire » and says why when a half-year rate is missing', () => {
    const figures = messageFigures(context({ today: '2026-12-03' }));

    expect(figures.penaltiesCents).toBeNull();
    expect(figures.values.penalites).toBe('à parfaire');
    expect(figures.warnings[0]).toContain('BCE');
    expect(plainSpaces(figures.values.total_reclame)).toBe(
      '1 040,00 € (hors pénalités, à parfaire)',
    );
  });

  it('counts a partial payment: the penalties run on the reduced base after it', () => {
    const settlements = [{ date: '2026-04-15', amountCents: 50_000 }];
    const invoices = context().invoices.map((invoice) => ({
      ...invoice,
      openCents: 50_000,
      settlements,
    }));

    const figures = messageFigures(context({ invoices }));

    // 1 000 € × 15 days × 12,15 % / 365 = 4,99 € ; then 500 € × 16 days = 2,66 €.
    expect(figures.penaltiesCents).toBe(499 + 266);
  });
});
