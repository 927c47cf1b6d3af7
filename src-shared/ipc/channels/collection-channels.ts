import { z } from 'zod';
import type { AppUser } from '../../domain/app-user';
import type { DebtorCollection } from '../../domain/collection-rules';
import type { Dispute } from '../../domain/dispute';
import type { PaymentPlan } from '../../domain/payment-plan';
import type { PromiseToPay } from '../../domain/promise-to-pay';
import type { TimelineEntry } from '../../domain/timeline-entry';
import { byId, calendarDate, id, noArgs } from '../schemas/common';
import {
  appUserInput,
  disputeClosing,
  disputeInput,
  paymentPlanInput,
  promiseInput,
} from '../schemas/collection-schemas';
import { channel } from './define-channel';

const byDebtor = z.object({ debtorId: id }).strict();

/** Promises to pay, payment plans, disputes, the app's users and the merged timeline. */
export const collectionChannels = {
  'collection:debtor': channel(byDebtor).returns<DebtorCollection>(),
  'timeline:get': channel(byDebtor).returns<TimelineEntry[]>(),

  'promises:create': channel(z.object({ input: promiseInput }).strict()).returns<PromiseToPay>(),
  'promises:cancel': channel(byId).returns<PromiseToPay>(),

  'plans:create': channel(z.object({ input: paymentPlanInput }).strict()).returns<PaymentPlan>(),
  'plans:sign': channel(z.object({ id, signedOn: calendarDate }).strict()).returns<PaymentPlan>(),
  'plans:cancel': channel(byId).returns<PaymentPlan>(),
  'plans:agreement': channel(byId).returns<{ path: string }>(),

  'disputes:open': channel(z.object({ input: disputeInput }).strict()).returns<Dispute>(),
  'disputes:close': channel(disputeClosing).returns<Dispute>(),

  'users:list': channel(noArgs).returns<AppUser[]>(),
  'users:add': channel(z.object({ input: appUserInput }).strict()).returns<AppUser>(),
  'users:update': channel(z.object({ id, input: appUserInput }).strict()).returns<AppUser>(),
};
