import { describe, expect, it } from 'vitest';
import { debtorClaim } from '../../../src-shared/legal/debtor-claim';
import { checkInjonction } from '../../../src-shared/legal/injonction-checks';
import { draftTotal, type InjonctionDraft } from '../../../src-shared/legal/injonction-draft';
import type { ClaimInvoiceInput } from '../../../src-shared/legal/invoice-claim';
import { shippedRateTables } from './shipped-assets';

const tables = shippedRateTables();

const ledger: ClaimInvoiceInput[] = [
  {
    id: 1,
    number: 'FA-1',
    issueDate: '2025-05-01',
    dueDate: '2025-05-31',
    amountInclTaxCents: 300_000,
    creditedCents: 0,
    payments: [],
    disputed: false,
    interruptions: [],
    miseEnDemeureSentOn: null,
    judgmentEnforceableOn: null,
  },
  {
    id: 2,
    number: 'FA-2',
    issueDate: '2025-06-01',
    dueDate: '2025-06-30',
    amountInclTaxCents: 50_000,
    creditedCents: 0,
    payments: [],
    disputed: true,
    interruptions: [],
    miseEnDemeureSentOn: null,
    judgmentEnforceableOn: null,
  },
];

const settings = {
  debtorKind: 'entreprise' as const,
  computedOn: '2025-12-31',
  rate: { kind: 'statutory' as const },
  dayCount: '365' as const,
};

function draft(overrides: Partial<InjonctionDraft> = {}): InjonctionDraft {
  const claim = debtorClaim(tables, ledger, settings);
  const party = {
    kind: 'entreprise' as const,
    firstName: '',
    addressLine1: '1 rue A',
    addressLine2: '',
    postalCode: '75001',
    city: 'Paris',
  };
  return {
    debtorId: 7,
    creditor: {
      ...party,
      name: 'Atelier Lumière',
      legalForm: 'SAS',
      siren: '732829320',
      representative: 'son président, Mme Jeanne Martin',
    },
    debtor: { ...party, name: 'Dupont', legalForm: 'SARL', siren: '552081317', representative: '' },
    court: {
      name: 'Tribunal des activités économiques de Paris',
      address: '1 quai de la Corse',
      judge: 'tae',
      cerfaNumber: '12946*02',
    },
    invoices: [
      {
        invoiceId: 1,
        number: 'FA-1',
        issueDate: '2025-05-01',
        dueDate: '2025-05-31',
        principalCents: 300_000,
      },
    ],
    principalBasis: 'Facture impayée',
    elements: claim.elements
      .filter((element) => element.key !== 'principal')
      .map((element) => ({ ...element, key: element.key as 'penalites' | 'indemnite' })),
    pieces: ['Facture FA-1'],
    renvoiAuFond: true,
    place: 'Paris',
    date: '2025-12-31',
    signatory: 'Jeanne Martin',
    ...overrides,
  };
}

function facts(selection: number[] = [1], sentOn: string | null = '2025-11-02') {
  return {
    claim: debtorClaim(tables, ledger, settings, selection),
    miseEnDemeureSentOn: sentOn,
    courtAddressVerified: true,
  };
}

describe('checkInjonction', () => {
  it('lets a complete requête through, its total being principal, penalties and indemnity', () => {
    const checks = checkInjonction(draft(), facts());

    expect(checks).toEqual({ blocking: [], warnings: [] });
    expect(draftTotal(draft())).toBe(facts().claim.totalCents);
  });

  it('blocks an invoice under dispute', () => {
    const withDisputed = draft({
      invoices: [
        ...draft().invoices,
        { invoiceId: 2, number: 'FA-2', issueDate: '', dueDate: '', principalCents: 50_000 },
      ],
    });

    const checks = checkInjonction(withDisputed, facts([1, 2]));

    expect(checks.blocking.map((finding) => finding.message)).toEqual([
      expect.stringContaining('La facture FA-2 est en litige'),
    ]);
  });

  it('blocks a principal above what the ledger says is still owed, and warns below it', () => {
    const above = draft({ invoices: [{ ...draft().invoices[0]!, principalCents: 300_001 }] });
    const below = draft({ invoices: [{ ...draft().invoices[0]!, principalCents: 200_000 }] });

    expect(checkInjonction(above, facts()).blocking[0]).toMatchObject({
      field: 'invoices.0.principalCents',
      message: expect.stringContaining('dépasse ce qui reste dû'),
    });
    expect(checkInjonction(below, facts()).blocking).toEqual([]);
    expect(checkInjonction(below, facts()).warnings[0]?.message).toContain('moins que le reste dû');
  });

  it('blocks penalties above the computation', () => {
    const inflated = draft();
    inflated.elements[0] = { ...inflated.elements[0]!, amountCents: 999_999 };

    expect(checkInjonction(inflated, facts()).blocking[0]?.message).toContain('dépasse le calcul');
  });

  it('blocks an incomplete identity, naming what CPC art. 57 asks for', () => {
    const incomplete = draft({
      creditor: { ...draft().creditor, representative: '' },
      debtor: { ...draft().debtor, legalForm: '', city: '' },
    });

    const fields = checkInjonction(incomplete, facts()).blocking.map((finding) => finding.field);

    expect(fields).toEqual(['creditor.representative', 'debtor.city', 'debtor.legalForm']);
  });

  it('blocks an invalid SIREN', () => {
    const wrong = draft({ debtor: { ...draft().debtor, siren: '552081318' } });

    expect(checkInjonction(wrong, facts()).blocking[0]?.message).toContain('552081318');
  });

  it(
    'warns, without blocking, when no mise en demeure was sent or the court address is ' +
      'unverified',
    () => {
      const checks = checkInjonction(draft(), {
        ...facts([1], null),
        courtAddressVerified: false,
      });

      expect(checks.blocking).toEqual([]);
      expect(checks.warnings.map((finding) => finding.message)).toEqual([
        expect.stringContaining("n'est pas vérifiée"),
        expect.stringContaining("Aucune mise en demeure n'est enregistrée"),
      ]);
    },
  );

  it('lets an invoice paid late through with no principal, not an open one', () => {
    const paidLate: ClaimInvoiceInput = {
      ...ledger[0]!,
      id: 3,
      number: 'FA-3',
      payments: [{ date: '2025-07-15', amountCents: 300_000 }],
    };
    const claim = debtorClaim(tables, [ledger[0]!, paidLate], settings);
    const zero = { issueDate: '2025-05-01', dueDate: '2025-05-31', principalCents: 0 };
    const withBoth = draft({
      invoices: [
        { ...draft().invoices[0]!, ...zero },
        { invoiceId: 3, number: 'FA-3', ...zero },
      ],
    });

    const checks = checkInjonction(withBoth, { ...facts(), claim });

    expect(checks.blocking.map((finding) => finding.message)).toEqual([
      'Le montant réclamé pour la facture FA-1 doit être positif.',
    ]);
  });
});
