import type { EventNotification, EventRecipient } from '@app/contracts';
import { eventMail } from './event-mails';

const data: EventNotification = {
  event: {
    uid: 'e1@agora.test',
    sequence: 0,
    title: 'Picnic',
    description: null,
    location: 'Park',
    startsAt: '2026-12-15T17:30:00.000Z',
    endsAt: '2026-12-15T19:30:00.000Z',
    timeZone: 'Europe/Paris',
    url: 'https://agora.test/events/1',
  },
  association: { id: '0b6a44f1-7c2d-4e55-9a38-2d3c1a7e9f01', name: 'Club' },
  organizer: { name: 'Club', email: 'rsvp@agora.test' },
  recipients: [],
};

const recipient = (locale: 'en' | 'fr'): EventRecipient => ({
  email: 'ada@example.org',
  name: 'Ada',
  locale,
  rsvpUrl: 'https://agora.test/rsvp/tok-EN_1',
});

const links = (text: string) =>
  [...text.matchAll(/https:\/\/agora\.test\/rsvp\/tok-EN_1\?answer=(\w+)/g)].map((match) => match[1]);

describe('eventMail answer links', () => {
  it.each([
    ['en', /Will you come\?/, 'Maybe'],
    ['fr', /Viendrez-vous/, 'Peut-être'],
  ] as const)('offers the three answers in the text and HTML parts (%s)', (locale, question, maybe) => {
    const sut = eventMail('event.created', data, recipient(locale));
    for (const part of [sut.text, sut.html]) {
      expect(part).toMatch(question);
      expect(part).toContain(maybe);
      expect(links(part)).toEqual(expect.arrayContaining(['accepted', 'tentative', 'declined']));
    }
  });

  it('offers no answer on a cancellation, nor without a link', () => {
    expect(links(eventMail('event.cancelled', data, recipient('en')).text)).toEqual([]);
    const sut = eventMail('event.updated', data, { ...recipient('en'), rsvpUrl: undefined });
    expect(sut.text).not.toMatch(/Will you come/);
    expect(sut.html).not.toMatch(/Will you come/);
  });
});
