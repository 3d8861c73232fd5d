import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from './support/axe';
import { openBrowser, screenshot, step, type Browser } from './support/browser';
import { icsProperty, Mailbox, type ReceivedMail } from './support/mailbox';
import { startStack, type RunningStack } from './support/stack';

/**
 * What a newcomer, an admin and a member do, in a real Chromium against the native stack behind
 * nginx, with the mails the system really sent. The tests run in order: each continues the story.
 */
const run = randomBytes(3).toString('hex');
const ada = {
  email: `ada-${run}@example.org`,
  password: 'correct horse battery staple',
  firstName: 'Ada',
  lastName: `Lovelace${run}`,
};
const bob = {
  email: `bob-${run}@example.org`,
  password: 'another long passphrase',
  firstName: 'Charles',
  lastName: `Babbage${run}`,
};
/** Invited by address, never answers: the association's mails must not reach her. */
const dora = { email: `dora-${run}@example.org` };
const associationName = `Chess Club ${run}`;
const eventTitle = `General assembly ${run}`;

let stack: RunningStack;
let mailbox: Mailbox;
let admin: Browser;
let member: Browser;
let associationPath = '';

const verifyLink = (mail: ReceivedMail) =>
  mail.text.match(/https?:\/\/\S+\/verify\?token=[\w-]+/)?.[0];
// The accept link; the decline link is the same followed by `?answer=decline`.
const invitationLink = (mail: ReceivedMail) =>
  mail.text.match(/https?:\/\/\S+\/invitations\/[\w-]+(?=\s|$)/)?.[0];
const invitations = (mail: ReceivedMail, method: string) =>
  mail.calendars.filter((ics) => icsProperty(ics, 'METHOD') === method);

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
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : undefined,
  };
}

async function logIn(
  page: Page,
  who: { email: string; password: string },
  labels = { email: 'Email', password: 'Password', submit: 'Log in' },
) {
  await page.getByLabel(new RegExp(`^${labels.email}`)).fill(who.email);
  await page.getByLabel(new RegExp(`^${labels.password}`)).fill(who.password);
  await page.getByRole('main').getByRole('button', { name: labels.submit }).click();
}

describe('Agora in the browser', () => {
  beforeAll(async () => {
    // The browsers first: a missing Chromium fails at once, before the stack is started.
    admin = await openBrowser();
    member = await openBrowser({ width: 360 });
    stack = await startStack();
    mailbox = new Mailbox(stack.mailUrl);
  });

  afterAll(async () => {
    await admin?.close();
    await member?.close();
    await stack?.stop();
  });

  it('registers, confirms the email from the real mail and logs in', async () => {
    const { page } = admin;
    await step(page, 'register', async () => {
      await page.goto(`${stack.baseUrl}/register`);
      await screenshot(page, 'register');
      await page.getByLabel('Email').fill(ada.email);
      await page.getByLabel(/^Password/).fill(ada.password);
      await page.getByLabel('First name').fill(ada.firstName);
      await page.getByLabel('Last name').fill(ada.lastName);
      await page.getByRole('button', { name: 'Register' }).click();
      await page.getByRole('heading', { name: 'Check your mail' }).waitFor();
      await page.getByText(`We sent a confirmation link to ${ada.email}`).waitFor();
      await screenshot(page, 'check-your-mail');
    });

    const mail = await mailbox.waitFor(
      ada.email,
      'the verification mail',
      (received) => verifyLink(received) !== undefined,
    );
    await step(page, 'verify', async () => {
      await page.goto(verifyLink(mail)!);
      await page.getByText('Your email is confirmed. You can log in now.').waitFor();
      await screenshot(page, 'verified');
      await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
    });

    await step(page, 'log in', async () => {
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      await logIn(page, ada);
      // A newcomer lands on a home of their own, which says how to start.
      await page.getByRole('heading', { level: 1, name: `Hello, ${ada.firstName}` }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await page.getByText('You are not a member of any association yet.').waitFor();
      await screenshot(page, 'home-newcomer');
      await page.getByRole('link', { name: 'Associations', exact: true }).click();
      await page.getByRole('heading', { name: 'Associations', exact: true }).waitFor();
      await page.getByText('No association yet.').waitFor();
    });
  });

  it('creates an association, invites a registered user who accepts from the mail, and invites the members to an event', async () => {
    // The second member registers and confirms through the API and the real mail.
    expect(
      (
        await api('/api/auth/register', {
          method: 'POST',
          body: {
            email: bob.email,
            password: bob.password,
            firstName: bob.firstName,
            lastName: bob.lastName,
          },
        })
      ).status,
    ).toBe(202);
    const bobMail = await mailbox.waitFor(
      bob.email,
      'the verification mail',
      (received) => verifyLink(received) !== undefined,
    );
    const token = new URL(verifyLink(bobMail)!).searchParams.get('token');
    expect((await api('/api/auth/verify', { method: 'POST', body: { token } })).status).toBe(200);

    const { page } = admin;
    await step(page, 'create association', async () => {
      await page.getByRole('link', { name: 'New association' }).click();
      await page.getByLabel('Name').fill(associationName);
      await page.getByLabel('Description').fill('We meet on Thursdays.');
      await page.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('heading', { name: associationName }).waitFor();
      associationPath = new URL(page.url()).pathname;
      await page.getByText('You are admin').waitFor();
    });

    await step(page, 'invite by email', async () => {
      const form = page.locator('form', {
        has: page.getByRole('button', { name: 'Send the invitation' }),
      });
      for (const address of [bob.email, dora.email]) {
        await form.getByLabel(/^Email/).fill(address);
        await form.getByRole('button', { name: 'Send the invitation' }).click();
        await page.getByText(`Invitation sent to ${address}.`).waitFor();
        await page.getByRole('listitem', { name: address }).waitFor();
      }
      // Invited is not a member: the count stays at the admin alone.
      await page.getByText('1 member', { exact: true }).waitFor();
      await screenshot(page, 'association-members-admin');
    });

    const invitation = await mailbox.waitFor(
      bob.email,
      'the invitation to join',
      (received) => invitationLink(received) !== undefined,
    );
    expect(invitation.text).toContain(associationName);
    const bobPage = member.page;
    await step(bobPage, 'accept the invitation from the mail', async () => {
      await bobPage.goto(invitationLink(invitation)!);
      await bobPage.getByRole('heading', { name: `Invitation to ${associationName}` }).waitFor();
      await bobPage.getByText(`Sent to ${bob.email}`).waitFor();
      // Opening the link changed nothing: accepting needs a login and a click.
      expect(await bobPage.getByRole('button', { name: 'Accept' }).count()).toBe(0);
      await screenshot(bobPage, 'invitation-360px');
      await bobPage.getByRole('main').getByRole('button', { name: 'Log in' }).click();
      await bobPage.getByRole('heading', { name: 'Log in' }).waitFor();
      await logIn(bobPage, bob);
      await bobPage.getByRole('button', { name: 'Accept' }).click();
      await bobPage.getByRole('heading', { name: associationName }).waitFor();
      await bobPage.getByText('You are member').waitFor();
      expect(new URL(bobPage.url()).pathname).toBe(associationPath);
    });

    await step(page, 'the member joined', async () => {
      await page.reload();
      await page.getByRole('row', { name: `${bob.firstName} ${bob.lastName}` }).waitFor();
      await page.getByText('2 members').waitFor();
      expect(await page.getByRole('listitem', { name: bob.email }).count()).toBe(0);
      await page.getByRole('listitem', { name: dora.email }).waitFor();
    });

    await step(page, 'create event', async () => {
      await page.getByRole('tab', { name: 'Events' }).click();
      await page.getByText('No upcoming events.').waitFor();
      await page.getByRole('button', { name: 'New event' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Title').fill(eventTitle);
      await dialog.getByLabel('Location').fill('Town hall');
      await dialog.getByLabel('Start date').fill('2031-03-12');
      await dialog.getByLabel('Start date').press('Tab');
      await dialog.getByLabel('Start time').fill('18:00');
      await dialog.getByLabel('End date').fill('2031-03-12');
      await dialog.getByLabel('End date').press('Tab');
      await dialog.getByLabel('End time').fill('20:00');
      await dialog.locator('input').and(dialog.getByLabel('Time zone')).fill('America/New_York');
      await page.getByRole('option', { name: 'America/New_York' }).click();
      await screenshot(page, 'event-form');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('article', { name: eventTitle }).waitFor();
      expect(await page.getByRole('article', { name: eventTitle }).textContent()).toContain(
        '(America/New_York)',
      );
      await screenshot(page, 'association-events-admin');
    });

    let eventLink: string | undefined;
    for (const address of [ada.email, bob.email]) {
      const invitation = await mailbox.waitFor(
        address,
        'the invitation',
        (received) => invitations(received, 'REQUEST').length > 0,
      );
      const ics = invitations(invitation, 'REQUEST')[0];
      expect(icsProperty(ics, 'SUMMARY')).toBe(eventTitle);
      expect(ics).toMatch(/DTSTART;TZID=America\/New_York:20310312T180000/);
      if (address === bob.email)
        eventLink = invitation.text.match(/https?:\/\/\S+\/events\/[\w-]+/)?.[0];
    }
    await step(member.page, 'open the event from the mail', async () => {
      expect(eventLink).toBeDefined();
      await member.page.goto(eventLink!);
      await member.page.getByRole('heading', { level: 1, name: eventTitle }).waitFor();
      await member.page.getByText('Town hall').waitFor();
      await screenshot(member.page, 'event-page-360px');
      const [download] = await Promise.all([
        member.page.waitForEvent('download'),
        member.page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
      ]);
      const ics = readFileSync((await download.path())!, 'utf8');
      expect(icsProperty(ics, 'SUMMARY')).toBe(eventTitle);
      // The same calendar object as the invitations: calendar apps match them by UID.
      const invitation = await mailbox.waitFor(
        bob.email,
        'the invitation',
        (received) => invitations(received, 'REQUEST').length > 0,
      );
      expect(icsProperty(ics, 'UID')).toBe(
        icsProperty(invitations(invitation, 'REQUEST')[0], 'UID'),
      );
    });
    // Both members' event mails have arrived; Dora, who never answered, has her invitation only.
    await mailbox.waitFor(dora.email, 'the invitation to join', (received) =>
      Boolean(invitationLink(received)),
    );
    const doraMails = await mailbox.to(dora.email);
    expect(doraMails.map((mail) => invitationLink(mail) !== undefined)).toEqual([true]);
    expect(doraMails.flatMap((mail) => mail.calendars)).toEqual([]);
  });

  it('sends an update with a higher SEQUENCE when the event changes, then a cancellation', async () => {
    const { page } = admin;
    const first = await mailbox.waitFor(
      bob.email,
      'the invitation',
      (received) => invitations(received, 'REQUEST').length > 0,
    );
    const firstSequence = Number(icsProperty(invitations(first, 'REQUEST')[0], 'SEQUENCE') ?? 0);

    await step(page, 'edit event', async () => {
      const event = page.getByRole('article', { name: eventTitle });
      await event.getByRole('button', { name: 'Edit' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Location').fill('Room 2, town hall');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await event.getByText('Room 2, town hall').waitFor();
    });
    const update = await mailbox.waitFor(bob.email, 'the update', (received) =>
      invitations(received, 'REQUEST').some(
        (ics) => Number(icsProperty(ics, 'SEQUENCE')) > firstSequence,
      ),
    );
    expect(icsProperty(invitations(update, 'REQUEST')[0], 'LOCATION')).toBe('Room 2\\, town hall');

    await step(page, 'cancel event', async () => {
      page.once('dialog', (dialog) => void dialog.accept());
      const event = page.getByRole('article', { name: eventTitle });
      await event.getByRole('button', { name: 'Cancel the event' }).click();
      await event.getByText('Cancelled').waitFor();
    });
    const cancellation = await mailbox.waitFor(
      bob.email,
      'the cancellation',
      (received) => invitations(received, 'CANCEL').length > 0,
    );
    expect(icsProperty(invitations(cancellation, 'CANCEL')[0], 'STATUS')).toBe('CANCELLED');
  });

  it('shows a member no admin control, and the API refuses the admin action when forced', async () => {
    const { page } = member;
    await step(page, 'member opens the association', async () => {
      // Still logged in since accepting the invitation.
      await page.goto(`${stack.baseUrl}${associationPath}`);
      await page.getByRole('row', { name: `${ada.firstName} ${ada.lastName}` }).waitFor();
      await screenshot(page, 'association-member-360px');
    });

    await step(page, 'member sees no admin control', async () => {
      await page.getByText('You are member').waitFor();
      expect(await page.getByText('Invite a person').count()).toBe(0);
      expect(await page.getByText('Pending invitations').count()).toBe(0);
      expect(await page.getByLabel('Role').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Delete the association' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Leave the association' }).count()).toBe(1);
      await page.getByRole('tab', { name: 'Events' }).click();
      const event = page.getByRole('article', { name: eventTitle });
      await event.getByText('Cancelled').waitFor();
      await screenshot(page, 'association-events-member-360px');
      // Cancelled: nothing left to add to a calendar.
      expect(await event.getByRole('button', { name: 'Add to calendar (.ics)' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'New event' }).count()).toBe(0);
      expect(await event.getByRole('button', { name: 'Edit' }).count()).toBe(0);
      // Nothing is wider than the 360 px screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
    });

    const login = await api('/api/auth/login', {
      method: 'POST',
      body: { email: bob.email, password: bob.password },
    });
    const associationId = associationPath.split('/').at(-1);
    const forced = await api(`/api/associations/${associationId}/members/${login.body.user.id}`, {
      method: 'PATCH',
      token: login.body.accessToken,
      body: { role: 'admin' },
    });
    expect(forced.status).toBe(403);
    expect(forced.contentType).toContain('application/problem+json');
  });

  it("shows the server's field errors next to the fields", async () => {
    const { page } = member;
    await step(page, 'server field error', async () => {
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      await page.goto(`${stack.baseUrl}/register`);
      await page.getByLabel('Email').fill(`carol-${run}@example.org`);
      // Long enough for the form, but one of the most common passwords: only the server knows.
      await page.getByLabel(/^Password/).fill('1234567890');
      await page.getByLabel('First name').fill('Carol');
      await page.getByLabel('Last name').fill('Shaw');
      await page.getByRole('button', { name: 'Register' }).click();
      const passwordField = page.locator('.mantine-InputWrapper-root', {
        has: page.getByLabel(/^Password/),
      });
      await passwordField.getByText(/one of the most common/).waitFor();
      expect(new URL(page.url()).pathname).toBe('/register');
      await screenshot(page, 'register-server-error-360px');
    });
  });

  it('logs in with the keyboard alone', async () => {
    const { page } = member;
    await step(page, 'keyboard login', async () => {
      await page.goto(`${stack.baseUrl}/login`);
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      await audit(page, 'login');
      // Tab from the top of the page until the email field has the focus, as a keyboard user would.
      for (let presses = 0; presses < 20; presses += 1) {
        await page.keyboard.press('Tab');
        if (await page.getByLabel('Email').evaluate((input) => input === document.activeElement))
          break;
      }
      await page.keyboard.type(bob.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type(bob.password);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: `Hello, ${bob.firstName}` }).waitFor();
      // My associations arrive after the heading: wait for the list, then check it names Bob's once.
      await page.getByRole('link', { name: associationName, exact: true }).first().waitFor();
      expect(await page.getByRole('link', { name: associationName, exact: true }).count()).toBe(1);
      await screenshot(page, 'home-member-360px');
    });
  });

  it('pages through and searches an association of a thousand members', async () => {
    // 998 people join in one statement: what is tested is the list, not the joining.
    const database = new Client({ connectionString: stack.databaseUrl });
    await database.connect();
    try {
      await database.query(
        `WITH people (first_name, last_name) AS (
           SELECT 'Anon', 'Bulk ' || lpad(n::text, 4, '0') FROM generate_series(1, 997) n
           UNION ALL VALUES ('Inès', 'Lefèvre')
         ), joined AS (
           INSERT INTO users (email, password_hash, first_name, last_name, email_verified_at)
           SELECT 'bulk-' || gen_random_uuid() || '@example.org', 'not a hash', first_name, last_name, now()
             FROM people
           RETURNING id
         )
         INSERT INTO memberships (association_id, user_id, role)
         SELECT $1, id, 'member' FROM joined`,
        [associationPath.split('/').at(-1)],
      );
    } finally {
      await database.end();
    }
    const { page } = admin;
    await step(page, 'members page by page', async () => {
      await page.goto(`${stack.baseUrl}${associationPath}`);
      await page.getByText('Page 1 of 50').waitFor();
      await page.getByRole('row', { name: /Anon Bulk 0001/ }).waitFor();
      await screenshot(page, 'association-members-1000');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText('Page 2 of 50').waitFor();
      await page.getByRole('row', { name: /Anon Bulk 0030/ }).waitFor();
      expect(await page.getByRole('row', { name: /Anon Bulk 0001/ }).count()).toBe(0);
    });
    await step(page, 'members searched without accents', async () => {
      await page.getByRole('searchbox', { name: 'Search' }).fill('ines lefevre');
      await page.getByRole('row', { name: /Inès Lefèvre/ }).waitFor();
      await page.getByRole('button', { name: 'Edit Inès Lefèvre' }).click();
      await page.getByRole('dialog', { name: 'Edit the member' }).waitFor();
      await screenshot(page, 'association-member-drawer');
      await page.keyboard.press('Escape');
    });
  });

  it('renders the same pages in French', async () => {
    const { page } = admin;
    await step(page, 'french', async () => {
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      await page.getByText('FR', { exact: true }).click();
      await page.getByRole('heading', { name: 'Connexion' }).waitFor();
      await logIn(page, ada, { email: 'E-mail', password: 'Mot de passe', submit: 'Se connecter' });
      await page.getByRole('heading', { level: 1, name: `Bonjour ${ada.firstName}` }).waitFor();
      await page.goto(`${stack.baseUrl}${associationPath}`);
      await page.getByText('Vous êtes administrateur').waitFor();
      for (const tab of ['Membres', 'Procès-verbaux', 'Événements']) {
        expect(await page.getByRole('tab', { name: tab }).count()).toBe(1);
      }
      await page.getByRole('tab', { name: 'Événements' }).click();
      await page.getByRole('article', { name: eventTitle }).getByText('Annulé').waitFor();
      await screenshot(page, 'association-events-fr');
    });
    // The switch also set the language of Ada's mails.
    const login = await api('/api/auth/login', {
      method: 'POST',
      body: { email: ada.email, password: ada.password },
    });
    expect(login.body.user.locale).toBe('fr');
  });
});
