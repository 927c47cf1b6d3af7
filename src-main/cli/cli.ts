import { runCli } from './cli-main';

// Entry point of `npm run cli`: wiring only.
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
