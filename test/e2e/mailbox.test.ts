// A library read straight out of a mailbox: the progress while it is read (messages, bulletins found),
// then the timeline, the count "N prayer bulletins found in M messages", and a bulletin with the e-mail it
// came from; "Show in folder" shows the mailbox file. Screenshots go to test-results/screenshots/.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMailbox } from '../bench/generate-mailbox';
import { useE2EEnv } from './harness/e2e-env';
import { noSidewaysScroll, settle } from './harness/page-checks';

const env = useE2EEnv();
let folder: string;
let made: { messages: number; bulletins: number };

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'pd-e2e-mailbox-'));
  // Large enough that reading it takes a moment (the progress is seen), small enough for a test.
  made = await writeMailbox(path.join(folder, 'All mail Including Spam and Trash.mbox'), 120e6, {
    bulletinShare: 0.02,
  });
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a library read from a mailbox', () => {
  it('shows the mailbox being read, then its bulletins and where each came from', async () => {
    // The page is up (on the bundled samples) before the mailbox folder is opened, as when a user
    // chooses it: the whole reading is seen.
    const { page, shownInFolder, library } = await env.start({ viewport: { width: 1280, height: 800 } });
    await page.getByRole('heading', { level: 3 }).first().waitFor();
    const opened = library.openFolder(folder);
    const bar = page.getByRole('progressbar', { name: 'Reading the mailbox' });
    await bar.waitFor();
    await page
      .getByText(/Reading the mailbox All mail Including Spam and Trash\.mbox: .* found in [\d,]+ messages/)
      .waitFor();
    await settle(page);
    await page.screenshot({ path: env.screenshotPath('mailbox-progress-1280x800') });

    const count = `${made.bulletins} prayer bulletins found in ${made.messages.toLocaleString('en')} messages`;
    await opened;
    await page.getByText(count).waitFor({ timeout: 120_000 });
    await page.getByRole('heading', { level: 3 }).first().waitFor();
    await settle(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: env.screenshotPath('mailbox-library-1280x800') });

    await page.getByRole('button', { name: /^Read the newest bulletin/ }).click();
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await reader
      .getByText(
        /E-mail “IJM Prayer Requests”, sent .* · in the mailbox All mail Including Spam and Trash\.mbox/,
      )
      .waitFor();
    await settle(page);
    await page.screenshot({ path: env.screenshotPath('mailbox-reader-1280x800') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await settle(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: env.screenshotPath('mailbox-reader-1024x768') });

    await reader.getByRole('button', { name: 'Show in folder' }).click();
    await expect
      .poll(() => shownInFolder)
      .toEqual([path.join(folder, 'All mail Including Spam and Trash.mbox')]);
  }, 240_000);

  it('stops reading when asked, and goes on from there on Reload', async () => {
    const { page, library } = await env.start({ viewport: { width: 1024, height: 768 } });
    await page.getByRole('heading', { level: 3 }).first().waitFor();
    const opened = library.openFolder(folder);
    await page.getByRole('progressbar', { name: 'Reading the mailbox' }).waitFor();
    await settle(page);
    await page.screenshot({ path: env.screenshotPath('mailbox-progress-1024x768') });
    await page.getByRole('button', { name: 'Stop reading' }).click();
    await page.getByText(/Reading was stopped\. What was read so far is shown/).waitFor();
    await opened;
    expect(library.getState()).toMatchObject({ status: 'ready', progress: null });
    await settle(page);
    await page.screenshot({ path: env.screenshotPath('mailbox-stopped-1024x768') });

    await library.reload();
    const count = `${made.bulletins} prayer bulletins found in ${made.messages.toLocaleString('en')} messages`;
    await page.getByText(count).waitFor({ timeout: 120_000 });
  }, 240_000);
});
