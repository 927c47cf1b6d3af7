import type { Debtor, DebtorInput } from '../../../src-shared/domain/debtor';
import { toSearchKey } from '../../../src-shared/text/search-key';
import type { DebtorTarget, LedgerPlan } from '../ledger-plan';
import type { SheetDebtorFields } from './sheet-records';

const FILLABLE = ['siren', 'addressLine1', 'postalCode', 'city', 'email', 'phone'] as const;

/** A debtor a spreadsheet row names: found in the file, or planned as new. */
export interface ResolvedDebtor {
  target: DebtorTarget;
  existing: Debtor | null;
  name: string;
  key: string;
}

/**
 * Finds the debtors the rows name, by code client (external reference), then SIREN, then exact
 * name; plans the others as new debtors (address left to complete when the file has none), and
 * fills in an existing debtor's empty identity fields from the file, never one already set.
 */
export class SheetDebtors {
  private readonly resolved = new Map<string, ResolvedDebtor>();
  private readonly byRef = new Map<string, Debtor>();
  private readonly bySiren = new Map<string, Debtor>();
  private readonly byName = new Map<string, Debtor[]>();
  private readonly filled = new Map<
    number,
    { input: DebtorInput; fields: Set<keyof DebtorInput> }
  >();

  constructor(
    private readonly plan: LedgerPlan,
    debtors: readonly Debtor[],
  ) {
    for (const debtor of debtors) {
      if (debtor.externalRef !== null) this.byRef.set(debtor.externalRef, debtor);
      if (debtor.siren !== null) this.bySiren.set(debtor.siren, debtor);
      const name = toSearchKey(debtor.name);
      this.byName.set(name, [...(this.byName.get(name) ?? []), debtor]);
    }
  }

  /** The debtor of a row, planning its creation or the filling of its empty fields. */
  resolve(fields: SheetDebtorFields): ResolvedDebtor {
    const known = this.resolved.get(fields.key);
    if (known !== undefined) {
      if (known.existing !== null) this.fill(known.existing, fields);
      return known;
    }
    const existing = this.find(fields);
    const resolved: ResolvedDebtor = existing
      ? { target: { existingId: existing.id }, existing, name: existing.name, key: fields.key }
      : {
          target: { newKey: fields.key },
          existing: null,
          name: fields.name ?? fields.ref ?? '',
          key: fields.key,
        };
    if (existing) this.fill(existing, fields);
    else {
      this.plan.newDebtors.push({
        key: fields.key,
        externalRef: fields.ref,
        input: newInput(fields),
      });
    }
    this.resolved.set(fields.key, resolved);
    return resolved;
  }

  /** Writes the planned fillings into the plan; returns the ids of the debtors filled. */
  finish(): Set<number> {
    for (const [debtorId, { input, fields }] of this.filled) {
      this.plan.debtorUpdates.push({ debtorId, input, filledFields: [...fields] });
    }
    return new Set(this.filled.keys());
  }

  private find(fields: SheetDebtorFields): Debtor | null {
    if (fields.ref !== null) return this.byRef.get(fields.ref) ?? null;
    if (fields.siren !== null && this.bySiren.has(fields.siren)) {
      return this.bySiren.get(fields.siren) ?? null;
    }
    const sameName = this.byName.get(toSearchKey(fields.name ?? '')) ?? [];
    return sameName.length === 1 ? (sameName[0] ?? null) : null;
  }

  private fill(debtor: Debtor, fields: SheetDebtorFields): void {
    const current = this.filled.get(debtor.id) ?? { input: inputOf(debtor), fields: new Set() };
    for (const field of FILLABLE) {
      const value = fields[field];
      if (value !== null && (current.input[field] ?? '') === '') {
        current.input = { ...current.input, [field]: value };
        current.fields.add(field);
      }
    }
    if (current.fields.size > 0) this.filled.set(debtor.id, current);
  }
}

function newInput(fields: SheetDebtorFields): DebtorInput {
  return {
    kind: 'entreprise',
    name: fields.name ?? fields.ref ?? '',
    firstName: null,
    legalForm: null,
    siren: fields.siren,
    siret: null,
    vatNumber: null,
    nafCode: null,
    sector: null,
    sizeClass: null,
    addressLine1: fields.addressLine1 ?? '',
    addressLine2: null,
    postalCode: fields.postalCode ?? '',
    city: fields.city ?? '',
    phone: fields.phone,
    email: fields.email,
    notes: null,
    tags: [],
  };
}

function inputOf(debtor: Debtor): DebtorInput {
  const {
    id: _id,
    departement: _d,
    externalRef: _e,
    archived: _a,
    createdAt: _c,
    updatedAt: _u,
    ...input
  } = debtor;
  return input;
}
