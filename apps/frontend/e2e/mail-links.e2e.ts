import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../../libs/messaging/src/testing/eventually';
import { en } from '../src/i18n/en';
import { audit } from './support/axe';
import { openBrowser, step, type Browser } from './support/browser';
import { icsProperty, Mailbox, type ReceivedMail } from './support/mailbox';
import { startStack, type RunningStack } from './support/stack';

/**
 * Every kind of mail the system sends, sent for real by the stack, and every link in them opened
 * in Chromium by the person it was sent to: each must land on a page of the app, never on the
 * "page not found" one or an error, and pass axe-core without a serious or critical violation. Links come from the text part, the HTML part, the calendar's
 * URL property and the List-Unsubscribe header.
 */
const run = randomBytes(3).toString('hex');
const ada = {
  email: `ada-links-${run}@example.org`,
  password: 'correct horse battery staple',
  firstName: 'Ada',
  lastName: `Links${run}`,
};
const invitee = `grace-links-${run}@example.org`;

let stack: RunningStack;
let mailbox: Mailbox;
let browser: Browser;

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const body =
    text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, body };
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/gi, '/')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** Every http(s) link a person can follow in `mail`, with where it was found. */
function linksOf(mail: ReceivedMail): { url: string; where: string }[] {
  const found: { url: string; where: string }[] = [];
  for (const match of mail.text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) {
    found.push({ url: match[0], where: 'text' });
  }
  for (const match of mail.html.matchAll(/href="([^"]+)"/g)) {
    found.push({ url: decodeEntities(match[1]), where: 'html' });
  }
  for (const ics of mail.calendars) {
    const url = icsProperty(ics, 'URL');
    if (url) found.push({ url, where: 'calendar URL' });
  }
  for (const match of (mail.listUnsubscribe ?? '').matchAll(/<(https?:[^>]+)>/g)) {
    found.push({ url: match[1], where: 'List-Unsubscribe' });
  }
  return found.map(({ url, where }) => ({ url, where: `${mail.subject} (${where})` }));
}

describe('links in mails', () => {
  beforeAll(async () => {
    browser = await openBrowser();
    stack = await startStack();
    mailbox = new Mailbox(stack.mailUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('every link of every kind of mail lands on a page of the app', async () => {
    // Account mails: verification, someone registering with a taken address, password reset.
    expect((await api('/api/auth/register', { method: 'POST', body: ada })).status).toBe(202);
    const verification = await mailbox.waitFor(ada.email, 'verification mail', (mail) =>
      /\/verify\?token=/.test(mail.text),
    );
    const token = verification.text.match(/\/verify\?token=([\w-]+)/)![1];
    expect((await api('/api/auth/verify', { method: 'POST', body: { token } })).status).toBe(200);
    expect((await api('/api/auth/register', { method: 'POST', body: ada })).status).toBe(202);
    expect(
      (await api('/api/auth/password-reset', { method: 'POST', body: { email: ada.email } }))
        .status,
    ).toBe(202);
    const login = await api('/api/auth/login', {
      method: 'POST',
      body: { email: ada.email, password: ada.password },
    });
    const accessToken = login.body.accessToken as string;

    // An invitation to join, then an event created, moved and cancelled.
    const association = await api('/api/associations', {
      method: 'POST',
      token: accessToken,
      body: { name: `Link Club ${run}`, description: 'Every link is tried' },
    });
    expect(association.status).toBe(201);
    const associationId = association.body.id as string;
    expect(
      (
        await api(`/api/associations/${associationId}/invitations`, {
          method: 'POST',
          token: accessToken,
          body: { email: invitee },
        })
      ).status,
    ).toBe(201);
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    startsAt.setUTCHours(16, 0, 0, 0);
    const created = await api(`/api/associations/${associationId}/events`, {
      method: 'POST',
      token: accessToken,
      body: {
        title: `Links evening ${run}`,
        location: 'Town hall',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        timeZone: 'Europe/Paris',
      },
    });
    expect(created.status).toBe(201);
    const eventPath = `/api/events/${created.body.id}`;
    expect(
      (await api(eventPath, { method: 'PATCH', token: accessToken, body: { location: 'Library' } }))
        .status,
    ).toBe(200);
    expect((await api(eventPath, { method: 'DELETE', token: accessToken })).status).toBeLessThan(
      300,
    );

    // Verification, registration attempt, password reset, event created, updated, cancelled.
    const mails = [
      ...(await waitFor(
        () => mailbox.to(ada.email),
        (list) => list.length >= 6,
        { timeoutMs: 90_000, intervalMs: 500, what: `six mails for ${ada.email}` },
      )),
      await mailbox.waitFor(invitee, 'invitation to join', () => true),
    ];

    // Every mail reads on a phone: nothing runs off the edge of a 390 px screen.
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    const overflowing: string[] = [];
    for (const mail of mails) {
      await phone.setContent(mail.html);
      const [scrollWidth, width] = await phone.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      if (scrollWidth > width) overflowing.push(`${mail.subject}: ${scrollWidth} px`);
    }
    await phone.close();
    expect(overflowing).toEqual([]);

    const links = new Map<string, string>();
    for (const mail of mails) {
      for (const { url, where } of linksOf(mail)) if (!links.has(url)) links.set(url, where);
    }
    const origin = new URL(stack.baseUrl).origin;
    // Every link stays on the app's own address: nothing points elsewhere or at a dead host.
    expect([...links.keys()].filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(links.size).toBeGreaterThanOrEqual(10);

    // The person the mails were sent to, signed in, follows each link.
    const page = browser.page;
    await page.goto(`${stack.baseUrl}/login`);
    await page.getByLabel(/^Email/).fill(ada.email);
    await page.getByLabel(/^Password/).fill(ada.password);
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === '/');

    const landed: { path: string; where: string; heading: string; error: boolean }[] = [];
    for (const [url, where] of links) {
      const path = new URL(url).pathname;
      landed.push(
        await step(page, `link ${path}`, async () => {
          const response = await page.goto(url);
          expect({ url, status: response?.status() }).toEqual({ url, status: 200 });
          const main = page.getByRole('main');
          const title = main.getByRole('heading', { level: 1 }).first();
          await title.waitFor();
          // Pages that load their data show it (or their own message) in place of the spinner.
          await page.waitForFunction(
            (loading) => !document.querySelector('main')?.textContent?.includes(loading),
            en.common.loading,
          );
          await audit(page, `${path} (from ${where})`);
          return {
            path,
            where,
            heading: (await title.textContent()) ?? '',
            error: (await main.getByText(en.common.error).count()) > 0,
          };
        }),
      );
    }
    expect(landed.filter(({ heading, error }) => heading === en.notFound.title || error)).toEqual(
      [],
    );
  });
});
