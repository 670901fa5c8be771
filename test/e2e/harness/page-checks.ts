// Waits and checks the end-to-end tests share: what the live region said, a settled frame for pictures,
// and nothing spilling sideways.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Waits until the (visually hidden) live region has announced `text`. */
export async function announced(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll('[role="status"][aria-live="polite"]')].some(
        (el) => el.textContent === expected,
      ),
    text,
  );
}

/** Fonts and the frame after the last change, so a picture is what a person would see. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(done))),
  );
}

/** The page is no wider than the window. */
export async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
