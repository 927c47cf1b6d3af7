import { z } from 'zod';
import type { CurrentUser } from '../../domain/current-user';
import { id, noArgs } from '../schemas/common';
import { channel } from './define-channel';

/** Who works at this machine: the user who signs every action and change. */
export const sessionChannels = {
  'session:currentUser': channel(noArgs).returns<CurrentUser>(),
  'session:chooseUser': channel(
    z.object({ userId: id.nullable() }).strict(),
  ).returns<CurrentUser>(),
};
