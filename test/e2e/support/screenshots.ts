import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const folder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../test-output/screenshots',
);

/** Keeps a picture of the screen in test-output/screenshots, for a person to look at. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
}
