import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from '../app-version';
import { toErrorData } from '../errors/to-error-data';
import type { HandlerContext } from '../ipc/handler-context';
import { handlers } from '../ipc/handlers';
import { configureLogFile } from '../logging/logger';
import { systemActorName, userDataDirectory } from '../workspace/user-data-directory';
import { Workspace } from '../workspace/workspace';
import { startBridge } from './http-bridge';

// Entry point of `npm run web -- --db FILE`: the renderer in a browser on
// 127.0.0.1, for development and tests. Wiring only.

const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string' }, 'read-only': { type: 'boolean' } },
});
const here = path.dirname(fileURLToPath(import.meta.url));
const dataDirectory = userDataDirectory();
configureLogFile(path.join(dataDirectory, 'journaux'));

const workspace = new Workspace({ dataDirectory, actor: systemActorName() });
if (values.db) {
  try {
    await workspace.openFile(values.db, values['read-only'] ?? false);
  } catch (error) {
    console.error(`Recouvra : ${toErrorData(error).message}`);
    process.exit(1);
  }
}
const context: HandlerContext = {
  workspace,
  shell: 'bridge',
  dialogs: null,
  appVersion: APP_VERSION,
};
const bridge = await startBridge({
  registry: handlers,
  context,
  staticDirectory: path.join(here, '..', 'renderer'),
  port: values.port ? Number(values.port) : 5174,
});
console.log(`Recouvra (pont de développement, 127.0.0.1 uniquement) : ${bridge.url}`);

const stop = () =>
  void bridge
    .close()
    .then(() => workspace.closeFile())
    .then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
