import { z } from 'zod';
import type { Company } from '../../domain/company';
import type { AppInfo, OpenFileInfo, RecentFile } from '../../domain/workspace';
import { noArgs } from '../schemas/common';
import { companyInput, demoCreate, fileCreate, fileOpen } from '../schemas/file-schemas';
import { channel } from './define-channel';

/** The app, the company file (create, open, switch) and the creditor's identity. */
export const fileChannels = {
  'app:info': channel(noArgs).returns<AppInfo>(),

  'file:current': channel(noArgs).returns<OpenFileInfo | null>(),
  'file:recent': channel(noArgs).returns<RecentFile[]>(),
  'file:create': channel(fileCreate).returns<OpenFileInfo>(),
  'file:createDemo': channel(demoCreate).returns<OpenFileInfo>(),
  'file:open': channel(fileOpen).returns<OpenFileInfo>(),
  'file:chooseAndOpen': channel(noArgs).returns<OpenFileInfo | null>(),
  'file:chooseAndCreate': channel(
    z.object({ companyName: z.string().max(500) }).strict(),
  ).returns<OpenFileInfo | null>(),
  'file:close': channel(noArgs).returns<null>(),
  'file:forgetRecent': channel(z.object({ path: z.string().max(4096) }).strict()).returns<null>(),

  'company:get': channel(noArgs).returns<Company>(),
  'company:update': channel(companyInput).returns<Company>(),
};
