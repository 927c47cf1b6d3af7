import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../../../src-main/bridge/http-bridge';
import { handlers } from '../../../src-main/ipc/handlers';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { launchChromium } from './chromium';

const rendererDirectory = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../dist/renderer',
);

/** The real renderer in Chromium, on the loopback bridge, over a real file in a temp folder. */
export interface AppUnderTest {
  test: TestWorkspace;
  bridge: RunningBridge;
  browser: Browser;
  page: Page;
  /** Page errors and failed requests seen so far; a test may assert there are none. */
  problems: string[];
  close(): Promise<void>;
}

export async function startAppUnderTest(today = '2026-12-03'): Promise<AppUnderTest> {
  const test = createTestWorkspace(today);
  const bridge = await startBridge({
    registry: handlers,
    context: test.context,
    staticDirectory: rendererDirectory,
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1320, height: 900 }, locale: 'fr-FR' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return {
    test,
    bridge,
    browser,
    page,
    problems,
    async close() {
      await browser.close();
      await bridge.close();
      await test.dispose();
    },
  };
}
