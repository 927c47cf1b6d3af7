import type { DebtorInput } from '../../src-shared/domain/debtor';
import type { DebtorFile } from '../../src-shared/domain/debtor-file';
import type { ArgsOf, ChannelName, ValueOf } from '../../src-shared/ipc/contract';
import { roundToCents } from '../../src-shared/money/cents';
import { AppError } from '../errors/app-error';
import {
  optionalText,
  requireAmount,
  requireDate,
  requireId,
  requireText,
  type Options,
} from './cli-arguments';
import { demoCommands } from './demo-commands';
import { fileSharingCommands } from './file-sharing-commands';
import { importExportCommands } from './import-export-commands';
import { reportingCommands } from './reporting-commands';
import { relanceCommands } from './relance-commands';

/** Calls one channel through the same dispatcher as the app; throws the French error. */
export type Call = <C extends ChannelName>(channel: C, args: ArgsOf<C>) => Promise<ValueOf<C>>;

export interface CliCommand {
  summary: string;
  /** Whether the command needs `--file` opened first. */
  opensFile: boolean;
  run(options: Options, call: Call): Promise<unknown>;
}

function debtorInputFrom(options: Options): DebtorInput {
  const kind = optionalText(options, 'kind') ?? 'entreprise';
  if (kind !== 'entreprise' && kind !== 'particulier') {
    throw new AppError('VALIDATION', '--kind vaut « entreprise » ou « particulier ».');
  }
  return {
    kind,
    name: requireText(options, 'name'),
    firstName: optionalText(options, 'first-name'),
    legalForm: optionalText(options, 'legal-form'),
    siren: optionalText(options, 'siren'),
    siret: optionalText(options, 'siret'),
    vatNumber: optionalText(options, 'vat-number'),
    nafCode: optionalText(options, 'naf'),
    sector: optionalText(options, 'sector'),
    sizeClass: null,
    addressLine1: requireText(options, 'address'),
    addressLine2: null,
    postalCode: requireText(options, 'postal-code'),
    city: requireText(options, 'city'),
    phone: optionalText(options, 'phone'),
    email: optionalText(options, 'email'),
    notes: null,
    tags: [],
  };
}

// `--allocate FA-001=1 200,00` settles part of the payment on an invoice
// found by its number in the debtor's file.
function allocationsFrom(options: Options, file: DebtorFile) {
  const raw = options.allocate;
  const entries = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
  return entries.map((entry) => {
    const [number, amount] = entry.split('=');
    const invoice = file.invoices.find((candidate) => candidate.number === number?.trim());
    if (!invoice) {
      throw new AppError('VALIDATION', `--allocate : facture « ${number ?? ''} » introuvable.`);
    }
    return { invoiceId: invoice.id, amountCents: requireAmount({ amount }, 'amount') };
  });
}

/** Every command of `npm run cli`, by name. */
export const commands: Record<string, CliCommand> = {
  create: {
    summary: 'crée un dossier : --file CHEMIN --company "RAISON SOCIALE"',
    opensFile: false,
    run: (options, call) =>
      call('file:create', {
        path: requireText(options, 'file'),
        companyName: requireText(options, 'company'),
      }),
  },
  'debtor:add': {
    summary:
      'ajoute un débiteur : --name --address --postal-code --city [--kind --siren --siret ' +
      '--email --phone]',
    opensFile: true,
    run: (options, call) => call('debtors:create', { input: debtorInputFrom(options) }),
  },
  'debtor:list': {
    summary: 'liste les débiteurs : [--search TEXTE] [--overdue] [--archived]',
    opensFile: true,
    run: (options, call) =>
      call('debtors:list', {
        search: optionalText(options, 'search') ?? '',
        overdueOnly: options.overdue === true,
        includeArchived: options.archived === true,
        limit: 1000,
      }),
  },
  'debtor:show': {
    summary: 'affiche un dossier débiteur complet : --debtor ID',
    opensFile: true,
    run: (options, call) => call('debtors:get', { id: requireId(options, 'debtor') }),
  },
  'debtor:balance': {
    summary: "affiche le solde d'un débiteur et ses factures ouvertes : --debtor ID",
    opensFile: true,
    run: async (options, call) => {
      const file = await call('debtors:get', { id: requireId(options, 'debtor') });
      return {
        debtorId: file.debtor.id,
        balance: file.balance,
        invoices: file.invoices.map(({ id, number, dueDate, openCents, daysOverdue }) => ({
          id,
          number,
          dueDate,
          openCents,
          daysOverdue,
        })),
      };
    },
  },
  'invoice:add': {
    summary:
      'ajoute une facture : --debtor ID --number N --issue-date JJ/MM/AAAA --due-date ' +
      'JJ/MM/AAAA --amount TTC [--vat-rate 20]',
    opensFile: true,
    run: (options, call) => {
      const inclTax = requireAmount(options, 'amount');
      const rate = Number((optionalText(options, 'vat-rate') ?? '20').replace(',', '.'));
      if (!Number.isFinite(rate) || rate < 0 || rate > 100) {
        throw new AppError('VALIDATION', '--vat-rate attend un taux de TVA en %, par exemple 20.');
      }
      const exclTax = roundToCents((inclTax * 100) / (100 + rate));
      return call('invoices:add', {
        input: {
          debtorId: requireId(options, 'debtor'),
          number: requireText(options, 'number'),
          issueDate: requireDate(options, 'issue-date'),
          dueDate: requireDate(options, 'due-date'),
          amountExclTaxCents: exclTax,
          vatCents: inclTax - exclTax,
          amountInclTaxCents: inclTax,
          currency: 'EUR',
          paymentTerms: optionalText(options, 'terms'),
        },
      });
    },
  },
  'payment:add': {
    summary:
      'enregistre un règlement : --debtor ID --date JJ/MM/AAAA --amount M [--method virement] ' +
      '[--allocate FACTURE=MONTANT ...]',
    opensFile: true,
    run: async (options, call) => {
      const debtorId = requireId(options, 'debtor');
      const file = await call('debtors:get', { id: debtorId });
      const method = optionalText(options, 'method') ?? 'virement';
      return call('payments:record', {
        input: {
          debtorId,
          date: requireDate(options, 'date'),
          amountCents: requireAmount(options, 'amount'),
          method: method as 'virement',
          reference: optionalText(options, 'reference'),
          allocations: allocationsFrom(options, file),
        },
      });
    },
  },
  ...demoCommands,
  ...reportingCommands,
  ...fileSharingCommands,
  ...importExportCommands,
  ...relanceCommands,
};
