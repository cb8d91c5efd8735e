import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/server.js';

const CHROMIUM = '/usr/bin/chromium';
const WAIT_MS = 10_000;

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

describe('web chat in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let context: BrowserContext | undefined;
  let profileDir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}; the browser test needs Debian's chromium package (apt-get install chromium).`,
      );
    }
    server = await startTestServer();
    profileDir = await mkdtemp(join(tmpdir(), 'rampart-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('sends messages through the page and shows attributed replies', async () => {
    if (!context || !server) throw new Error('Browser or server did not start');
    const base = server.url.replace(/\/$/, '');
    const page: Page = context.pages()[0] ?? (await context.newPage());

    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`Uncaught: ${error.message}`));
    await page.addInitScript(() => {
      const store = window as unknown as { __cspViolations: Violation[] };
      store.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        store.__cspViolations.push({
          directive: event.violatedDirective,
          blockedURI: event.blockedURI,
          sample: event.sample,
        });
      });
    });

    const diagnostics = async (): Promise<string> => {
      const violations = await page
        .evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? [])
        .catch(() => []);
      const shown = await page
        .evaluate(() => ({
          messages: Array.from(document.querySelectorAll('.message')).map(
            (m) =>
              `${m.getAttribute('data-role')}[${m.getAttribute('data-agent') ?? ''}|${m.getAttribute('data-state')}]: ${m.querySelector('.message__body')?.textContent ?? ''}`,
          ),
          error: document.getElementById('error-line')?.textContent ?? '',
        }))
        .catch(() => null);
      return `page: ${JSON.stringify(shown)}; console errors: ${JSON.stringify(consoleErrors)}; CSP violations: ${JSON.stringify(violations)}`;
    };
    /** Waits for a locator, failing with what the page logged so a broken page is easy to diagnose. */
    const waitFor = async (locator: Locator, what: string): Promise<void> => {
      try {
        await locator.waitFor({ timeout: WAIT_MS });
      } catch (error) {
        throw new Error(`Timed out waiting for ${what} (${await diagnostics()})`, { cause: error });
      }
    };

    await page.goto(`${base}/`);
    // Wait for the WebSocket so the reply is streamed over it (the HTTP fallback is used otherwise).
    await waitFor(page.locator('#connection-status[data-state="open"]'), 'the WebSocket to connect');

    const input = page.getByLabel('Message', { exact: true });
    const doneReplies = page.locator('.message--assistant[data-state="done"]');

    await input.fill('Schedule a meeting with the team tomorrow at 2 PM');
    await input.press('Enter');
    const created = page
      .locator('.message--assistant[data-state="done"][data-agent="calendar_agent"]')
      .filter({ hasText: 'Meeting with the team' });
    await waitFor(created.first(), 'a calendar_agent reply containing "Meeting with the team"');
    expect(await created.first().locator('.message__agent').textContent()).toBe('calendar_agent');

    await input.fill("What's on my schedule tomorrow?");
    await input.press('Enter');
    const listing = doneReplies.nth(1);
    await waitFor(listing, 'the reply to "What\'s on my schedule tomorrow?"');
    expect(await listing.locator('.message__body').textContent()).toContain('Meeting with the team');
    expect(await page.locator('.message--user').count()).toBe(2);
    expect(await doneReplies.count()).toBe(2);

    // The session list is refreshed after each reply; both messages belong to one session.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#session-list li').length === 1 &&
        document.querySelector('#session-list [aria-current="true"]') !== null,
      undefined,
      { timeout: WAIT_MS },
    );
    expect(await page.locator('#session-list li').count()).toBe(1);
    expect(await page.locator('#error-line').isHidden()).toBe(true);

    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
    );
    expect(violations, 'CSP violations').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  }, 30_000);
});
