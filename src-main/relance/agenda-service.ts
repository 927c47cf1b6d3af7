import { isBusinessDay, nextBusinessDay } from '../../src-shared/dates/french-holidays';
import { byAgendaPriority } from '../../src-shared/relance/agenda-priority';
import type {
  Agenda,
  AgendaItem,
  DebtorRelanceView,
  OwnerFilter,
} from '../../src-shared/relance/relance-view';
import { notFound } from '../errors/app-error';
import { createLogger } from '../logging/logger';
import type { ServiceContext } from '../workspace/service-context';
import { computeCheckedRelance, toAgendaItem, toOutlookView } from './debtor-outlook';
import { loadRelanceWorld } from './relance-world';

const log = createLogger('relance');

/**
 * Today's agenda: for each active debtor, its one relance when it is due
 * today or overdue, most important first (amount at stake, days overdue,
 * risk, a broken promise), with the invoices near or past prescription
 * flagged (the time-barred ones are out of the relance). Filtered by person
 * in charge when asked.
 */
export async function buildAgenda(context: ServiceContext, owner: OwnerFilter): Promise<Agenda> {
  const started = performance.now();
  const world = await loadRelanceWorld(context.database.db, context.today(), null);
  const items: AgendaItem[] = [];
  for (const debtor of world.debtors) {
    if (owner.kind === 'personne' && debtor.ownerUserId !== owner.userId) continue;
    if (owner.kind === 'sans' && debtor.ownerUserId !== null) continue;
    const computed = await computeCheckedRelance(context.database.db, world, debtor, 'due');
    if (computed.outlook.state !== 'due') continue;
    items.push(toAgendaItem(world, computed, computed.outlook.relance));
  }
  const sorted = byAgendaPriority(items);
  log.info('agenda built', {
    debtors: world.debtors.length,
    items: sorted.length,
    ms: Math.round(performance.now() - started),
  });
  const dayOff = !world.settings.allowWeekends && !isBusinessDay(world.today);
  return {
    today: world.today,
    resumesOn: dayOff ? nextBusinessDay(world.today) : null,
    items: sorted,
    totalCents: sorted.reduce((total, item) => total + item.amountCents, 0),
    users: world.users,
  };
}

/** The relance part of a debtor's file: its plan and why, what comes next, what was done. */
export async function debtorRelanceView(
  context: ServiceContext,
  debtorId: number,
): Promise<DebtorRelanceView> {
  const world = await loadRelanceWorld(context.database.db, context.today(), debtorId);
  const debtor = world.debtors[0];
  if (!debtor) throw notFound('Ce débiteur');
  const computed = await computeCheckedRelance(context.database.db, world, debtor, 'planned');
  return {
    debtorId,
    choice: computed.choice,
    scenarioName: computed.scenario?.name ?? null,
    ownerUserId: debtor.ownerUserId,
    postponedUntil: debtor.postponedUntil,
    outlook: toOutlookView(world, computed),
    history: world.history.get(debtorId) ?? [],
  };
}
