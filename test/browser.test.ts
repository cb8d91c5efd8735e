import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli, startCliServer } from './helpers/cli.js';
import { TEST_ENCRYPTION_KEYS } from './helpers/keys.js';

const CHROMIUM = '/usr/bin/chromium';
const WAIT_MS = 10_000;

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

describe('web chat in Chromium', () => {
  let server: Awaited<ReturnType<typeof startCliServer>> | undefined;
  let dataDir: string | undefined;
  let credentials: { username: string; password: string } | undefined;
  let context: BrowserContext | undefined;
  let profileDir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}; the browser test needs Debian's chromium package (apt-get install chromium).`,
      );
    }
    // The way an operator does it: `rampart user add` (password on stdin), then `rampart start`.
    requireBuild();
    dataDir = await mkdtemp(join(tmpdir(), 'rampart-browser-'));
    const env = {
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
      // Production refuses plain HTTP unless a TLS proxy is in front: the test client stands in for it.
      TRUST_PROXY: '127.0.0.1',
      IDS_BAN_THRESHOLD: '1000',
    };
    credentials = { username: 'alice', password: 'a long browser password' };
    const added = await runCli(
      ['user', 'add', credentials.username, '--role', 'user'],
      env,
      `${credentials.password}\n`,
    );
    if (added.code !== 0) throw new Error(`rampart user add failed: ${added.stderr}`);
    server = await startCliServer(env);
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
    await server?.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('logs in, sends messages through the page, shows attributed replies and logs out', async () => {
    if (!context || !server || !credentials) throw new Error('Browser or server did not start');
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
          url: window.location.href,
          error: document.getElementById('error-line')?.textContent ?? '',
          status: document.getElementById('form-status')?.textContent ?? '',
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

    /** Waits for the page to be at `url`, failing with what the page logged. */
    const waitForUrl = async (url: string, what: string): Promise<void> => {
      try {
        await page.waitForURL(url, { timeout: WAIT_MS });
      } catch (error) {
        throw new Error(`Timed out waiting for ${what} (${await diagnostics()})`, { cause: error });
      }
    };

    // Without a login the chat page sends the browser to the login page, to come back to "/" afterwards.
    await page.goto(`${base}/`);
    await waitForUrl(`${base}/login.html?next=/`, 'the redirect to the login page');
    // Chromium logs the expected 401 from GET /api/auth/me as a failed resource load; nothing else may fail.
    expect(
      consoleErrors.filter((e) => !e.includes('status of 401')),
      'console errors before login',
    ).toEqual([]);
    consoleErrors.length = 0;

    await page.getByLabel('Username').fill(credentials.username);
    await page.getByLabel('Password', { exact: true }).fill(credentials.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await waitForUrl(`${base}/`, 'the chat page after logging in');
    await waitFor(page.locator('#user-bar').getByText(credentials.username, { exact: true }), 'the user bar');
    expect(await page.locator('#user-bar .badge').textContent()).toBe('user');
    expect(await page.getByRole('link', { name: 'Account' }).getAttribute('href')).toBe('/account.html');
    // A plain user has neither users:manage nor security:read.
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);

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

    // Logging out ends the session on the server and lands on the login page.
    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForUrl(`${base}/login.html`, 'the login page after logging out');
    await waitFor(page.getByLabel('Username'), 'the login form');
    const me = await page.request.get(`${base}/api/auth/me`);
    expect(me.status()).toBe(401);
    expect(((await me.json()) as { error?: string }).error).toBe('authentication_required');

    const loginViolations = await page.evaluate(
      () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
    );
    expect(loginViolations, 'CSP violations on the login page').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  }, 45_000);
});
