import type { EventReminder, ReminderRecipient } from '@app/contracts';
import { formatInstant, pick } from './i18n';
import { renderLetter } from './letter';
import { RenderedMail } from './rendered-mail';

const words = {
  en: {
    lead: (minutes: number) => (minutes % 1440 === 0 ? plural(minutes / 1440, 'day') : plural(minutes / 60, 'hour')),
    subject: (title: string, lead: string) => `Reminder: ${title} in ${lead}`,
    intro: (association: string, title: string) => `${association}’s event “${title}” is coming up.`,
    when: (starts: string) => `When: ${starts}`,
    where: (location: string) => `Where: ${location}`,
    open: 'Open the event',
    feed: 'Your calendar feed',
    feedNote: 'Your private calendar feed keeps every event of your associations in your calendar app.',
    footer: (association: string) =>
      `You receive this reminder as a member of ${association} on Agora. You choose when reminders come, or stop them, in your profile.`,
  },
  fr: {
    lead: (minutes: number) => (minutes % 1440 === 0 ? plural(minutes / 1440, 'jour') : plural(minutes / 60, 'heure')),
    subject: (title: string, lead: string) => `Rappel : ${title} dans ${lead}`,
    intro: (association: string, title: string) => `L’événement «\u00a0${title}\u00a0» de ${association} approche.`,
    when: (starts: string) => `Quand : ${starts}`,
    where: (location: string) => `Où : ${location}`,
    open: 'Voir l’événement',
    feed: 'Votre flux d’agenda',
    feedNote: 'Votre flux d’agenda privé garde tous les événements de vos associations dans votre application d’agenda.',
    footer: (association: string) =>
      `Vous recevez ce rappel en tant que membre de ${association} sur Agora. Vous choisissez quand les rappels arrivent, ou les arrêtez, dans votre profil.`,
  },
};

/** "1 hour", "2 days", "1 jour", "2 heures": both languages add an s. */
function plural(count: number, unit: string): string {
  return count === 1 ? `1 ${unit}` : `${count} ${unit}s`;
}

/**
 * "Your event starts soon": a letter with links to the event page and the feed page. It carries no
 * calendar part: the invitation already put the event in the calendar, and another REQUEST would
 * read as a change of it.
 */
export function reminderMail(data: EventReminder, recipient: ReminderRecipient): RenderedMail {
  const t = pick(words, recipient.locale);
  const { event, association } = data;
  const starts = formatInstant(event.startsAt, recipient.locale, event.timeZone);
  return renderLetter(recipient, {
    subject: t.subject(event.title, t.lead(data.minutesBefore)),
    lines: [
      t.intro(association.name, event.title),
      t.when(starts),
      ...(event.location ? [t.where(event.location)] : []),
    ],
    links: [
      { href: event.url, label: t.open },
      { href: data.feedUrl, label: t.feed },
    ],
    after: [t.feedNote],
    footer: t.footer(association.name),
  });
}
