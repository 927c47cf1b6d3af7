import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { roundToCents } from '../../src-shared/money/cents';
import { isWorkingDay } from './business-days';
import { shiftDays } from './day-cache';
import { ACCOUNTS, type FecAccount, type FecEntry, type FecLine } from './fec-format';
import { LAST_NAMES } from './name-parts';
import type { Random } from './random';

const SUPPLIER_TRADES = [
  'Matériaux',
  'Outillage',
  'Sanitaire',
  'Électricité',
  'Location',
  'Fournitures',
];
const SUPPLIER_COUNT = 60;

/**
 * Entries on other accounts than customers (purchases, supplier payments, payroll, bank fees),
 * so a FEC can be padded to a target size with lines an importer must read past. Dates are
 * working days between `from` and `to`.
 */
export function* fillerEntries(
  random: Random,
  from: CalendarDate,
  to: CalendarDate,
): Generator<FecEntry, void, undefined> {
  const days = workingDaysBetween(from, to);
  if (days.length === 0) return;
  const suppliers = Array.from({ length: SUPPLIER_COUNT }, (_, index) => ({
    number: `F${String(index + 1).padStart(5, '0')}`,
    name: `${random.pick(LAST_NAMES)} ${random.pick(SUPPLIER_TRADES)}`,
  }));

  let invoiceNumber = 0;
  for (;;) {
    const date = random.pick(days);
    const supplier = random.pick(suppliers);
    const kind = random.weighted([
      ['purchase', 45],
      ['supplierPayment', 35],
      ['payroll', 10],
      ['bankFees', 10],
    ] as const);

    if (kind === 'purchase') {
      invoiceNumber += 1;
      const net = Math.round(random.logNormal(600, 0.9) * 100);
      const vat = roundToCents(net * 0.2);
      const ref = `ACH-${date.slice(0, 4)}-${String(invoiceNumber).padStart(6, '0')}`;
      const label = `Facture ${supplier.name}`;
      yield entry('HA', date, ref, label, [
        [ACCOUNTS.purchases, net, 0, null],
        [ACCOUNTS.deductibleVat, vat, 0, null],
        [ACCOUNTS.suppliers, 0, net + vat, supplier],
      ]);
    } else if (kind === 'supplierPayment') {
      const amount = Math.round(random.logNormal(700, 0.9) * 100);
      yield entry('BQ', date, `VIR-FRN-${date}`, `Règlement ${supplier.name}`, [
        [ACCOUNTS.suppliers, amount, 0, supplier],
        [ACCOUNTS.bank, 0, amount, null],
      ]);
    } else if (kind === 'payroll') {
      const gross = Math.max(1_800, Math.round(random.normal(3_200, 600))) * 100;
      const net = roundToCents(gross * 0.78);
      const employerCharges = roundToCents(gross * 0.42);
      yield entry('OD', date, `PAIE-${date.slice(0, 7)}`, `Salaires ${date.slice(0, 7)}`, [
        [ACCOUNTS.wages, gross, 0, null],
        [ACCOUNTS.socialCharges, employerCharges, 0, null],
        [ACCOUNTS.staffPay, 0, net, null],
        [ACCOUNTS.socialSecurity, 0, gross - net + employerCharges, null],
      ]);
    } else {
      const fee = random.int(150, 4_500);
      yield entry('BQ', date, `FRAIS-${date}`, 'Frais de tenue de compte', [
        [ACCOUNTS.bankFees, fee, 0, null],
        [ACCOUNTS.bank, 0, fee, null],
      ]);
    }
  }
}

type LineSpec = [FecAccount, number, number, { number: string; name: string } | null];

function entry(
  journal: FecEntry['journal'],
  date: CalendarDate,
  pieceRef: string,
  label: string,
  specs: LineSpec[],
): FecEntry {
  const lines = specs.map(([account, debitCents, creditCents, party]): FecLine => ({
    account,
    auxNumber: party?.number ?? '',
    auxLabel: party?.name ?? '',
    pieceRef,
    pieceDate: date,
    label,
    debitCents,
    creditCents,
    lettrage: '',
    lettrageDate: null,
  }));
  return { journal, date, lines };
}

function workingDaysBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = from; day <= to; day = shiftDays(day, 1)) {
    if (isWorkingDay(day)) days.push(day);
  }
  return days;
}
