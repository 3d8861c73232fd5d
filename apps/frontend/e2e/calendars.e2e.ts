import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { audit } from './support/axe';
import { openBrowser, screenshot, step, type Browser } from './support/browser';
import { icsProperty, Mailbox } from './support/mailbox';
import { startStack, type RunningStack } from './support/stack';

/**
 * A member keeps their calendar in sync and decides what mail they get, in Chromium against the
 * native stack: the private feed copied from the profile and read as a calendar app would, the
 * reminder choice, and the one-click stop from an event mail's List-Unsubscribe link.
 */
const run = randomBytes(3).toString('hex');
const ada = {
  email: `ada-cal-${run}@example.org`,
  password: 'correct horse battery staple',
  firstName: 'Ada',
  lastName: `Calendar${run}`,
};
const associationName = `Calendar Club ${run}`;
const eventTitle = `Board evening ${run}`;

let stack: RunningStack;
let mailbox: Mailbox;
let browser: Browser;
let accessToken = '';

async function api(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('calendars and mail preferences in the browser', () => {
  beforeAll(async () => {
    browser = await openBrowser();
    stack = await startStack();
    mailbox = new Mailbox(stack.mailUrl);

    expect((await api('/api/auth/register', { method: 'POST', body: ada })).status).toBe(202);
    const verification = await mailbox.waitFor(ada.email, 'verification mail', (mail) =>
      /\/verify\?token=/.test(mail.text),
    );
    const token = verification.text.match(/\/verify\?token=([\w-]+)/)![1];
    expect((await api('/api/auth/verify', { method: 'POST', body: { token } })).status).toBe(200);
    const login = await api('/api/auth/login', {
      method: 'POST',
      body: { email: ada.email, password: ada.password },
    });
    accessToken = login.body.accessToken;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('copies the private feed link, which a calendar app reads with the invitation’s UID, and chooses reminders', async () => {
    const association = await api('/api/associations', {
      method: 'POST',
      body: { name: associationName, description: 'Feeds and reminders' },
    });
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    startsAt.setUTCHours(17, 0, 0, 0);
    const created = await api(`/api/associations/${association.body.id}/events`, {
      method: 'POST',
      body: {
        title: eventTitle,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        timeZone: 'Europe/Paris',
      },
    });
    expect(created.status).toBe(201);
    const invitation = await mailbox.waitFor(ada.email, 'the invitation', (mail) =>
      mail.subject.includes(eventTitle),
    );
    const invitationUid = icsProperty(invitation.calendars[0], 'UID');

    const page = browser.page;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: stack.baseUrl,
    });
    await page.goto(`${stack.baseUrl}/login`);
    await page.getByLabel(/^Email/).fill(ada.email);
    await page.getByLabel(/^Password/).fill(ada.password);
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === '/');

    await page.goto(`${stack.baseUrl}/me`);
    const copied = await step(page, 'copy the feed link', async () => {
      const shown = await page.getByLabel(en.feed.link).inputValue();
      await page.getByRole('button', { name: en.feed.copy }).click();
      await page.getByRole('button', { name: en.feed.copied }).waitFor();
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard).toBe(shown);
      return clipboard;
    });

    // What a calendar application does with the pasted link: no login, no cookie.
    const feed = await fetch(copied);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics).toContain(`SUMMARY:${eventTitle}`);
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`UID:${invitationUid}`);

    await step(page, 'choose reminders an hour before', async () => {
      // The choice is saved at once and shown once the server has it.
      await page.getByRole('radio', { name: en.notifications.reminderChoice.hour }).click();
      await expect
        .poll(async () => (await api('/api/me/notifications')).body.reminderMinutesBefore)
        .toEqual([60]);
    });
    await page.reload();
    await expect
      .poll(() =>
        page.getByRole('radio', { name: en.notifications.reminderChoice.hour }).isChecked(),
      )
      .toBe(true);
    await screenshot(page, 'profile-calendar-and-mail');
    await audit(page, 'my profile');
  });

  it('stops an association’s event mail from the mail’s one-click link, asking first, and undoes it in the profile', async () => {
    const invitation = await mailbox.waitFor(ada.email, 'the invitation', (mail) =>
      mail.subject.includes(eventTitle),
    );
    const unsubscribeUrl = invitation.listUnsubscribe?.match(/<(https?:[^>]+)>/)?.[1];
    expect(unsubscribeUrl).toBeDefined();
    const eventMailOf = async () =>
      (await api('/api/me/notifications')).body.associations.find(
        (association: { name: string }) => association.name === associationName,
      )?.eventMail;

    const page = browser.page;
    await step(page, 'open the unsubscribe link', async () => {
      await page.goto(unsubscribeUrl!);
      await page.getByRole('heading', { level: 1, name: en.unsubscribe.title }).waitFor();
      await audit(page, 'unsubscribe');
    });
    // Opening the link (what a link scanner does) changes nothing.
    expect(await eventMailOf()).toBe(true);

    await step(page, 'confirm', async () => {
      await page.getByRole('button', { name: en.unsubscribe.confirm }).click();
      await page.getByRole('status').getByText(en.unsubscribe.done).waitFor();
    });
    expect(await eventMailOf()).toBe(false);

    await step(page, 'undo in the profile', async () => {
      await page.getByRole('link', { name: en.unsubscribe.preferences }).click();
      const toggle = page.getByRole('switch', { name: associationName });
      await expect.poll(() => toggle.isChecked()).toBe(false);
      await toggle.click({ force: true });
      await expect.poll(eventMailOf).toBe(true);
    });
  });
});
