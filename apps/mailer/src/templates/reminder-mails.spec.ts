import { randomUUID } from 'node:crypto';
import { AnyEnvelope, createEnvelope, EventReminder, RoutingKey } from '@app/contracts';
import { planMails } from '../delivery/mail-plan';
import { reminderMail } from './reminder-mails';

const reminder = (minutesBefore: number): EventReminder => ({
  event: {
    uid: 'e1@agora.test',
    sequence: 3,
    title: 'Picnic',
    description: 'Bring a <b>blanket</b>',
    location: 'Park',
    startsAt: '2026-12-15T17:30:00.000Z',
    endsAt: '2026-12-15T19:30:00.000Z',
    timeZone: 'Europe/Paris',
    url: 'https://agora.test/events/1',
  },
  association: { id: randomUUID(), name: 'Club' },
  minutesBefore,
  feedUrl: 'https://agora.test/me#calendar-feed',
  recipients: [
    { email: 'ada@example.org', name: 'Ada', locale: 'en', unsubscribeUrl: 'https://agora.test/api/unsubscribe/ada' },
    { email: 'ADA@example.org', name: 'Ada', locale: 'en', unsubscribeUrl: 'https://agora.test/api/unsubscribe/ada' },
    { email: 'bea@example.org', name: 'Béa', locale: 'fr', unsubscribeUrl: 'https://agora.test/api/unsubscribe/bea' },
  ],
});

describe('reminderMail', () => {
  it.each([
    ['en', 60, 'Reminder: Picnic in 1 hour', /Tuesday, 15 December 2026 at 18:30/, 'Open the event'],
    ['en', 1440, 'Reminder: Picnic in 1 day', /Park/, 'Your calendar feed'],
    ['fr', 60, 'Rappel : Picnic dans 1 heure', /mardi 15 décembre 2026 à 18:30/, 'Voir l’événement'],
    ['fr', 1440, 'Rappel : Picnic dans 1 jour', /Où : Park/, 'Votre flux d’agenda'],
  ] as const)('%s, %i minutes before: subject, when and links in both parts', (locale, minutes, subject, line, label) => {
    const data = reminder(minutes);
    const sut = reminderMail(data, { ...data.recipients[0], locale });
    expect(sut.subject).toBe(subject);
    for (const part of [sut.text, sut.html]) {
      expect(part).toMatch(line);
      expect(part).toContain(label);
      expect(part).toContain('https://agora.test/events/1');
      expect(part).toContain('https://agora.test/me#calendar-feed');
    }
  });
});

describe('planMails for a reminder', () => {
  const envelope = createEnvelope(RoutingKey.EventReminder, reminder(60), {
    id: randomUUID(),
    correlationId: 'c',
  }) as AnyEnvelope;

  it('mails each address once, in its language, with its own one-click link and no calendar', () => {
    const sut = planMails(envelope);
    expect(sut.map((mail) => mail.address)).toEqual(['ada@example.org', 'bea@example.org']);
    const [ada, bea] = sut.map((mail) => mail.render());
    expect(ada.unsubscribeUrl).toBe('https://agora.test/api/unsubscribe/ada');
    expect(bea.unsubscribeUrl).toBe('https://agora.test/api/unsubscribe/bea');
    expect(bea.subject).toMatch(/^Rappel/);
    expect(ada.calendar).toBeUndefined();
    expect(bea.calendar).toBeUndefined();
  });
});
