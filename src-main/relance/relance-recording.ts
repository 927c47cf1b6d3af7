import type { RelanceActionRecord } from '../../src-shared/relance/relance-view';
import { AppError } from '../errors/app-error';
import { createLogger } from '../logging/logger';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { insertRelanceAction, type NewRelanceAction } from './relance-action-writer';
import type { PreparedDelivery } from './relance-delivery';

const log = createLogger('relance');

/**
 * Records a relance written by prepareDelivery and sends its e-mail, so that
 * the file and the debtor's mailbox agree: a refused send records nothing
 * and leaves no file, and a recorded e-mail was accepted by the server.
 */
export async function recordDelivery(
  context: ServiceContext,
  prepared: PreparedDelivery,
  action: Omit<NewRelanceAction, 'recipient' | 'delivery' | 'outputPath'>,
): Promise<RelanceActionRecord> {
  const { outcome } = prepared;
  let sent = false;
  try {
    return await inTransaction(context, async (trx) => {
      const record = await insertRelanceAction(trx, context, {
        ...action,
        recipient: outcome.recipient,
        delivery: outcome.delivery,
        outputPath: outcome.outputPath,
      });
      // The e-mail goes last, inside the transaction that records it: every write that can
      // fail (lock taken over, file gone, constraint) has run before it, a refused send throws
      // and rolls the record back, and the commit comes only after the server accepted the
      // mail. A mail cannot be unsent, while a record can be undone: so a committed record
      // always matches a sent mail. The file stays locked for the send (15 s at most).
      if (prepared.send) {
        await prepared.send();
        sent = true;
      }
      return record;
    });
  } catch (error) {
    if (!sent) {
      prepared.discard();
      throw error;
    }
    // Only the commit itself failed after the send (disk full at that very moment, say): the
    // copy is kept and the user told, rather than sending the mail again tomorrow.
    log.error('e-mail sent but not recorded', error, { debtorId: action.item.debtorId });
    throw new AppError(
      'INTERNAL',
      'L’e-mail est parti, mais la relance n’a pas pu être enregistrée dans le dossier. Ne le ' +
        `renvoyez pas : sa copie est ici : ${outcome.outputPath ?? '—'}. Notez l’envoi sur la ` +
        'fiche du débiteur.',
    );
  }
}
