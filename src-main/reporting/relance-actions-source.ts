import { RELANCE_CHANNELS, type RelanceChannel } from '../../src-shared/relance/relance-channel';
import type { RelanceAction } from '../../src-shared/reporting/report-ledger';
import { tableExists } from './report-ledger-loader';
import type { RowReader } from './row-reader';

const CHANNELS = RELANCE_CHANNELS.map((channel) => `'${channel}'`).join(', ');

// A file from before the relance engine has no relance_actions table; its relances, if any,
// are read from the debtors' timelines: a `relance…` event whose details name the channel.
const FROM_TIMELINE = `
  SELECT e.debtor_id, substr(e.occurred_at, 1, 10), json_extract(e.details, '$.channel'), e.actor
  FROM debtor_events e JOIN debtors d ON d.id = e.debtor_id AND d.archived = 0
  WHERE e.kind LIKE 'relance%' AND json_valid(e.details)
    AND json_extract(e.details, '$.channel') IN (${CHANNELS})
  ORDER BY e.occurred_at, e.id`;

// Skipped steps (status « ignore ») are not actions.
const FROM_RELANCE = `
  SELECT a.debtor_id, a.done_on, a.channel, a.actor
  FROM relance_actions a JOIN debtors d ON d.id = a.debtor_id AND d.archived = 0
  WHERE a.status = 'fait' AND a.channel IN (${CHANNELS})
  ORDER BY a.done_on, a.id`;

/** The relance actions done on active debtors, oldest first, and where they were read from. */
export async function loadRelanceActions(read: RowReader): Promise<{
  actions: RelanceAction[];
  source: 'relance' | 'timeline';
}> {
  const source = (await tableExists(read, 'relance_actions')) ? 'relance' : 'timeline';
  const rows = await read(source === 'relance' ? FROM_RELANCE : FROM_TIMELINE);
  return {
    actions: rows.map((row) => ({
      debtorId: row[0] as number,
      date: row[1] as string,
      channel: row[2] as RelanceChannel,
      actor: row[3] as string,
    })),
    source,
  };
}
