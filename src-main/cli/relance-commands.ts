import type { JobStatus } from '../../src-shared/domain/job';
import type { BatchResult, OwnerFilter } from '../../src-shared/relance/relance-view';
import { AppError } from '../errors/app-error';
import { optionalText, requireDate, requireId, type Options } from './cli-arguments';
import type { Call, CliCommand } from './cli-commands';

// `--owner 3` for one person in charge, `--owner sans` for the debtors nobody follows.
function ownerFrom(options: Options): OwnerFilter {
  const owner = optionalText(options, 'owner');
  if (owner === null) return { kind: 'tous' };
  if (owner === 'sans') return { kind: 'sans' };
  const userId = Number(owner);
  if (!Number.isSafeInteger(userId) || userId <= 0) {
    throw new AppError('VALIDATION', '--owner attend le numéro d’un utilisateur ou « sans ».');
  }
  return { kind: 'personne', userId };
}

async function waitForJob(call: Call, jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = await call('jobs:status', { id: jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The relance commands of `npm run cli`. */
export const relanceCommands: Record<string, CliCommand> = {
  'relance:agenda': {
    summary: 'relances à faire aujourd’hui : --file F [--owner ID|sans]',
    opensFile: true,
    run: async (options, call) => {
      const agenda = await call('relance:agenda', { owner: ownerFrom(options) });
      return {
        today: agenda.today,
        totalCents: agenda.totalCents,
        items: agenda.items.map((item) => ({
          debtorId: item.debtorId,
          debtor: item.debtorName,
          channel: item.channel,
          step: item.stepIndex + 1,
          invoices: item.invoices.map((invoice) => invoice.number),
          amountCents: item.amountCents,
          dueOn: item.dueOn,
        })),
      };
    },
  },
  'relance:batch': {
    summary: 'courriers et e-mails du jour en un lot : --file F [--owner ID|sans] [--send]',
    opensFile: true,
    run: async (options, call) => {
      const { jobId } = await call('relance:runBatch', {
        owner: ownerFrom(options),
        send: options.send === true,
      });
      const status = await waitForJob(call, jobId);
      if (status.state !== 'done') {
        throw new AppError('INTERNAL', status.error?.message ?? 'Le lot n’a pas abouti.');
      }
      return status.result as BatchResult;
    },
  },
  'relance:statement': {
    summary: 'relevé de compte (.docx) : --file F --debtor ID --as-of JJ/MM/AAAA',
    opensFile: true,
    run: (options, call) =>
      call('relance:statement', {
        debtorId: requireId(options, 'debtor'),
        asOf: requireDate(options, 'as-of'),
      }),
  },
};
