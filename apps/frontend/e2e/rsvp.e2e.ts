import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { audit } from './support/axe';
import { openBrowser, screenshot, step, type Browser } from './support/browser';
import { Mailbox } from './support/mailbox';
import { startStack, type RunningStack } from './support/stack';

/**
 * The invitation loop closes in the browser: a member answers "Maybe" from the link of the real
 * invitation mail (no login), then "Going" on the event page; the admin sees the answer in the
 * attendance and the mail delivered in the ledger.
 */
const run = randomBytes(3).toString('hex');
const person = (name: string) => ({
  email: `${name}-rsvp-${run}@example.org`,
  password: 'correct horse battery staple',
  firstName: name[0].toUpperCase() + name.slice(1),
  lastName: `Rsvp${run}`,
});
const ada = person('ada');
const bob = person('bob');
const eventTitle = `Spring picnic ${run}`;

let stack: RunningStack;
let mailbox: Mailbox;
let admin: Browser;
let member: Browser;
let eventId = '';

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
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Registers, confirms from the real mail and logs in; answers the access token. */
async function signUp(who: typeof ada): Promise<string> {
  expect((await api('/api/auth/register', { method: 'POST', body: who })).status).toBe(202);
  const mail = await mailbox.waitFor(who.email, 'verification mail', (received) =>
    /\/verify\?token=/.test(received.text),
  );
  const token = mail.text.match(/\/verify\?token=([\w-]+)/)![1];
  expect((await api('/api/auth/verify', { method: 'POST', body: { token } })).status).toBe(200);
  const login = await api('/api/auth/login', {
    method: 'POST',
    body: { email: who.email, password: who.password },
  });
  return login.body.accessToken;
}

async function logIn(browser: Browser, who: typeof ada) {
  const page = browser.page;
  await page.goto(`${stack.baseUrl}/login`);
  await page.getByLabel(/^Email/).fill(who.email);
  await page.getByLabel(/^Password/).fill(who.password);
  await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

describe('answering an invitation in the browser', () => {
  beforeAll(async () => {
    admin = await openBrowser();
    member = await openBrowser({ width: 390 });
    stack = await startStack();
    mailbox = new Mailbox(stack.mailUrl);

    const adaToken = await signUp(ada);
    const bobToken = await signUp(bob);
    const association = await api('/api/associations', {
      method: 'POST',
      token: adaToken,
      body: { name: `Picnic Club ${run}`, description: 'Answers from every side' },
    });
    const associationId = association.body.id;
    await api(`/api/associations/${associationId}/invitations`, {
      method: 'POST',
      token: adaToken,
      body: { email: bob.email },
    });
    const invitation = await mailbox.waitFor(bob.email, 'invitation to join', (mail) =>
      /\/invitations\/[\w-]+/.test(mail.text),
    );
    const token = invitation.text.match(/\/invitations\/([\w-]+)/)![1];
    expect(
      (await api('/api/invitations/accept', { method: 'POST', token: bobToken, body: { token } }))
        .status,
    ).toBe(200);

    const startsAt = new Date(Date.now() + 20 * 86_400_000);
    startsAt.setUTCHours(10, 0, 0, 0);
    const created = await api(`/api/associations/${associationId}/events`, {
      method: 'POST',
      token: adaToken,
      body: {
        title: eventTitle,
        location: 'The park',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        timeZone: 'Europe/Paris',
      },
    });
    expect(created.status).toBe(201);
    eventId = created.body.id;
  });

  afterAll(async () => {
    await admin?.close();
    await member?.close();
    await stack?.stop();
  });

  it('a member answers "Maybe" from the mail without logging in, then "Going" on the event page', async () => {
    const mail = await mailbox.waitFor(bob.email, 'the event invitation', (received) =>
      received.subject.includes(eventTitle),
    );
    const maybeLink = mail.text.match(/https?:\/\/\S+\/rsvp\/[\w-]+\?answer=tentative/)?.[0];
    expect(maybeLink).toBeDefined();

    const page = member.page;
    await step(page, 'answer maybe from the mail', async () => {
      await page.goto(maybeLink!);
      await page.getByRole('heading', { level: 1, name: en.rsvp.title }).waitFor();
      await page.getByText(eventTitle).waitFor();
      await audit(page, 'rsvp page');
      await page.getByRole('button', { name: en.rsvp.answers.tentative }).click();
      await page
        .getByRole('status')
        .getByText(en.rsvp.recorded.replace('{{answer}}', en.rsvp.answers.tentative))
        .waitFor();
    });
    const myAnswer = async () =>
      (
        await api(`/api/events/${eventId}/attendance`, {
          token: (
            await api('/api/auth/login', {
              method: 'POST',
              body: { email: bob.email, password: bob.password },
            })
          ).body.accessToken,
        })
      ).body.answered.find((answer: { name: string }) => answer.name.startsWith('Bob'))?.answer;
    expect(await myAnswer()).toBe('tentative');

    await logIn(member, bob);
    await step(page, 'answer going on the event page', async () => {
      await page.goto(`${stack.baseUrl}/events/${eventId}`);
      const answers = page.getByRole('group', { name: en.attendance.question });
      await expect
        .poll(() =>
          answers
            .getByRole('button', { name: en.attendance.answers.tentative })
            .getAttribute('aria-pressed'),
        )
        .toBe('true');
      await answers
        .getByRole('button', { name: en.attendance.answers.accepted, exact: true })
        .click();
      await page
        .getByRole('status')
        .getByText(en.attendance.saved.replace('{{answer}}', en.attendance.answers.accepted))
        .waitFor();
      await audit(page, 'event page (member)');
    });
    expect(await myAnswer()).toBe('accepted');
  });

  it('the admin sees who comes and that every invitation was delivered', async () => {
    await logIn(admin, ada);
    const page = admin.page;
    await step(page, 'attendance and deliveries', async () => {
      await page.goto(`${stack.baseUrl}/events/${eventId}`);
      const going = page.getByRole('region', {
        name: `${en.attendance.answers.accepted} (1)`,
      });
      await going.getByText(`Bob ${bob.lastName}`).waitFor();
      // Each member's invitation is reported back by the mailer; the ledger fills as reports come.
      const delivered = en.deliveries.summary.replace('{{sent}}', '2').replace('{{total}}', '2');
      await expect
        .poll(
          async () => {
            await page.reload();
            await page.getByRole('heading', { level: 1, name: eventTitle }).waitFor();
            return page.getByText(delivered).count();
          },
          { timeout: 60_000, interval: 1000 },
        )
        .toBeGreaterThan(0);
      await audit(page, 'event page (admin)');
      await screenshot(page, 'event-admin-attendance-deliveries');
    });
  });
});
