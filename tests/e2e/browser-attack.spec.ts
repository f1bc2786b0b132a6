import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { contract, METHOD_NAMES, type MethodName } from '../../electron/api/contract';
import { attackInputs, seedLibrary, type SeededLibrary } from '../helpers/attackInputs';
import { hashLibraryTables } from '../helpers/libraryHash';
import { AttackerSite, type AttackReport } from './attacker/attackerSite';
import { writeLaunchPage } from '../../electron/browser/launchPage';
import { BrowserModeApp } from './browserModeApp';
import { callApi } from './exportHelpers';
import { openApp } from './fixtures';

/**
 * DNS rebinding and CSRF against a real `copydesk serve`, in real Chromium: evil.test
 * resolves to 127.0.0.1, an attacker's server on another loopback port serves the
 * attack pages as http://evil.test:<port>/, and they report back what they could read.
 */
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP evil.test 127.0.0.1', '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessRespectPreflightResults'] } });

const HOST_REFUSAL = /answers only to 127\.0\.0\.1 and localhost/;

/** A library with a confidential story, hashed table by table with its server stopped, then served again. */
async function seededApp(request: Parameters<typeof callApi>[0]): Promise<{ app: BrowserModeApp; seed: SeededLibrary; before: Record<string, string> }> {
  const app = await BrowserModeApp.start();
  const seed = await seedLibrary((method, input) => callApi(request, app, method as MethodName, input as never));
  await app.stop();
  const before = hashLibraryTables(app.libraryPath);
  await app.launch();
  return { app, seed, before };
}

function expectNoSecrets(report: AttackReport, secrets: string[]) {
  const text = JSON.stringify(report);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

function tally(report: AttackReport): string {
  const counts = new Map<string, number>();
  for (const { outcome } of report.attempts) {
    const kind = outcome.replace(/\d+ messages/, 'n messages');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, count]) => `${count}× ${kind}`).join(', ');
}

test('a page on another site, and a rebinding page on our own port, change nothing and read nothing', async ({ page, request }) => {
  const { app, seed, before } = await seededApp(request);
  const attacker = await AttackerSite.start();
  try {
    const inputs = attackInputs(seed);
    const tokens = [
      { label: 'guessed', value: 'A'.repeat(43) },
      { label: 'empty', value: '' },
      { label: 'leaked', value: app.token },
    ];
    const writes = METHOD_NAMES.filter((name) => contract[name].kind === 'write');

    // Requests to our port that our server answered (the browser may then hide the answer from the page).
    let answered = 0;
    const ours = (url: string) => new URL(url).port === String(app.port);
    page.on('response', (response) => {
      if (ours(response.url())) answered += 1;
    });
    page.on('requestfailed', (request) => {
      if (ours(request.url()) && request.failure()?.errorText.startsWith('net::ERR_BLOCKED_BY_RESPONSE')) answered += 1;
    });

    // 1. Cross-site: a page at http://evil.test:<attacker port>/ aims at 127.0.0.1, localhost and evil.test on our port.
    const targets = [...writes, 'getStory', 'listStories', 'events'];
    await page.goto(attacker.addPage('cross-site', 'crossSite', { port: app.port, tokens, inputs, targets }));
    const crossSite = await attacker.report('cross-site');
    // Not stopped by Chromium alone: each no-cors fetch (4 per target, host and credentials mode) and each beacon reached our server.
    expect(answered, 'attack requests our server answered').toBeGreaterThanOrEqual(targets.length * 3 * (4 * 2 + 1));
    expect(crossSite.attempts.length).toBeGreaterThan(writes.length * 3 * 2 * 9);
    expect(crossSite.reads, 'responses the cross-site page could read').toEqual([]);
    expect(crossSite.attempts.filter(({ outcome }) => /^(open|read|readable)/.test(outcome))).toEqual([]);
    expectNoSecrets(crossSite, [seed.secret, seed.storyId]);
    console.info(`  cross-site page: ${crossSite.attempts.length} attempts (${tally(crossSite)}); ${answered} answers from our server, none readable by the page`);

    // 2. Rebinding: the attacker's page was first served as http://evil.test:<our port>/; now the name points at us.
    const reboundUrl = `http://evil.test:${app.port}/rebound`;
    attacker.addPage('rebound', 'rebound', { methods: METHOD_NAMES, inputs, tokens });
    await page.route(reboundUrl, (route) => route.fulfill({ contentType: 'text/html', body: attacker.pageHtml('rebound') }));
    await page.goto(reboundUrl);
    const rebound = await attacker.report('rebound');
    expect(rebound.origin).toBe(`http://evil.test:${app.port}`);
    expect(rebound.reads.length).toBe((METHOD_NAMES.length + 1) * tokens.length + 2);
    for (const read of rebound.reads) {
      expect(read.status, read.label).toBe(403);
      expect(read.body, read.label).toMatch(HOST_REFUSAL);
    }
    expect(rebound.attempts.find(({ label }) => label.startsWith('EventSource'))?.outcome).toBe('error');
    expectNoSecrets(rebound, [seed.secret, seed.storyId]);
    console.info(`  rebinding page: ${rebound.attempts.length} attempts, every one answered 403 by the Host check`);

    await page.unrouteAll();
    await page.goto('about:blank');
    await app.stop();
    expect(hashLibraryTables(app.libraryPath), 'the library after the attacks').toEqual(before);
  } finally {
    await attacker.close();
    await app.dispose();
  }
});

/** Every URL the browser asks for, and everything the pages print. */
function watch(page: Page) {
  const urls: string[] = [];
  const console: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()} ${JSON.stringify(message.location())}`));
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}\n${error.stack ?? ''}`));
  return { urls, console };
}

test('the launch token never leaves our page: not in the address bar, a Referer, a later URL or the console', async ({ page, context }) => {
  const app = await BrowserModeApp.start();
  const attacker = await AttackerSite.start();
  try {
    const first = watch(page);
    const firstToken = app.token;
    const firstUrl = app.url;
    await openApp(page, app.url);
    expect(page.url()).not.toContain(firstToken);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // Work, then the failure paths the renderer has: a restart with a new token (locked out), a stopped server.
    await page.getByRole('button', { name: 'New story' }).first().click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Token test');
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
    // Restarted on the same port (same origin), as `npm start` does: the window is locked out until the new address is opened.
    const port = app.port;
    await app.stop();
    await app.launch(port);
    await page.getByRole('textbox', { name: 'Headline' }).fill('Token test, after the restart');
    // The message the locked-out window shows names no address: nothing on the page holds a token.
    await expect(page.getByRole('alert').filter({ hasText: 'Copydesk restarted' })).toBeVisible();
    const lockedOut = await page.content();
    for (const token of [firstToken, app.token]) expect(lockedOut).not.toContain(token);
    const second = await context.newPage();
    const secondWatch = watch(second);
    await openApp(second, app.url);
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');

    // A link out to another site: nothing of ours goes with it.
    await page.evaluate((url) => {
      const link = document.createElement('a');
      link.href = url;
      document.body.append(link);
      link.click();
    }, attacker.addPage('landing', 'landing', {}));
    const landing = await attacker.report('landing');
    expect(landing.referrer).toBe('');
    expect(attacker.requests.filter((seen) => seen.url.startsWith('/pages/landing')).map((seen) => seen.referer)).toEqual([undefined]);

    const tokens = [firstToken, app.token];
    const withToken = [...first.urls, ...secondWatch.urls].filter((url) => tokens.some((token) => url.includes(token)));
    expect(withToken, 'request URLs carrying a token (only the two launch addresses may)').toEqual([firstUrl, app.url]);
    // The failure path ran: the restarted server refused the old token (and the page said so in the console).
    expect(first.console.some((line) => line.includes('401'))).toBe(true);
    for (const line of [...first.console, ...secondWatch.console]) {
      for (const token of tokens) expect(line).not.toContain(token);
    }
    expect(JSON.stringify(landing)).not.toContain(firstToken);
  } finally {
    await attacker.close();
    await app.dispose();
  }
});

test('the browser is started on a launch page, not on the address with the token, and lands in the app', async ({ page }) => {
  const app = await BrowserModeApp.start();
  try {
    const launchPage = writeLaunchPage(app.dir, app.url);
    await page.goto(launchPage.url);
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    expect(page.url()).toBe(`http://127.0.0.1:${app.port}/`);
    await expect(page.getByRole('button', { name: 'New story' }).first()).toBeVisible();
  } finally {
    await app.dispose();
  }
});
