import { loadUsers } from '../../collection/collection-queries';
import { loadDebtorCollection } from '../../collection/debtor-collection';
import { closeDispute, openDispute } from '../../collection/dispute-service';
import {
  cancelPaymentPlan,
  createPaymentPlan,
  signPaymentPlan,
} from '../../collection/payment-plan-service';
import { cancelPromise, createPromise } from '../../collection/promise-service';
import { readRelanceSettings } from '../../relance/relance-settings-store';
import { exportPlanAgreement } from '../../relance/relance-documents-service';
import { relanceOutputRoot } from '../../relance/relance-output';
import { mergedTimeline } from '../../timeline/merged-timeline';
import { addUser, updateUser } from '../../users/user-service';
import type { HandlerRegistry } from '../dispatch';

/** Promises, payment plans, disputes, users and the merged timeline of a debtor. */
export const collectionHandlers = {
  'collection:debtor': (args, { workspace }) => {
    const context = workspace.context();
    return loadDebtorCollection(context.database.db, args.debtorId, context.today());
  },
  'timeline:get': (args, { workspace }) =>
    mergedTimeline(workspace.context().database.db, args.debtorId),

  'promises:create': (args, { workspace }) => createPromise(workspace.context(), args.input),
  'promises:cancel': (args, { workspace }) => cancelPromise(workspace.context(), args.id),

  'plans:create': (args, { workspace }) => createPaymentPlan(workspace.context(), args.input),
  'plans:sign': (args, { workspace }) =>
    signPaymentPlan(workspace.context(), args.id, args.signedOn),
  'plans:cancel': (args, { workspace }) => cancelPaymentPlan(workspace.context(), args.id),
  'plans:agreement': async (args, { workspace }) => {
    const context = workspace.context();
    const settings = await readRelanceSettings(context.database.db);
    return exportPlanAgreement(
      context,
      relanceOutputRoot(settings, workspace.dataDirectory),
      args.id,
    );
  },

  'disputes:open': (args, { workspace }) => openDispute(workspace.context(), args.input),
  'disputes:close': (args, { workspace }) =>
    closeDispute(workspace.context(), args.id, { closedOn: args.closedOn, outcome: args.outcome }),

  'users:list': (_args, { workspace }) => loadUsers(workspace.context().database.db),
  'users:add': (args, { workspace }) => addUser(workspace.context(), args.input),
  'users:update': (args, { workspace }) => updateUser(workspace.context(), args.id, args.input),
} satisfies Partial<HandlerRegistry>;
