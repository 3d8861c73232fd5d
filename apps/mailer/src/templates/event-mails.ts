import { RSVP_ANSWERS, type EventNotification, type EventRecipient, type RoutingKey } from '@app/contracts';
import { button, html, layout, oneLine, paragraphs } from './html';
import { formatInstant } from './i18n';
import { RenderedMail } from './rendered-mail';

export type EventChange = Exclude<Extract<RoutingKey, `event.${string}`>, 'event.reminder'>;

const words = {
  en: {
    subject: { 'event.created': 'Invitation', 'event.updated': 'Updated', 'event.cancelled': 'Cancelled' },
    intro: {
      'event.created': (association: string) => `${association} invites you to an event.`,
      'event.updated': (association: string) => `${association} changed an event you are invited to.`,
      'event.cancelled': (association: string) => `${association} cancelled an event.`,
    },
    hello: (name: string) => `Hello ${name},`,
    when: 'When',
    ends: 'Ends',
    where: 'Where',
    organizer: 'Organizer',
    details: 'Open the event',
    question: 'Will you come?',
    answers: { accepted: 'Yes', tentative: 'Maybe', declined: 'No' },
    footer: (association: string) => `You receive this mail as a member of ${association} on Agora. The attached invitation adds the event to your calendar.`,
  },
  fr: {
    subject: { 'event.created': 'Invitation', 'event.updated': 'Modifié', 'event.cancelled': 'Annulé' },
    intro: {
      'event.created': (association: string) => `${association} vous invite à un événement.`,
      'event.updated': (association: string) => `${association} a modifié un événement auquel vous êtes invité·e.`,
      'event.cancelled': (association: string) => `${association} a annulé un événement.`,
    },
    hello: (name: string) => `Bonjour ${name},`,
    when: 'Quand',
    ends: 'Fin',
    where: 'Où',
    organizer: 'Organisateur',
    details: 'Voir l’événement',
    question: 'Viendrez-vous ?',
    answers: { accepted: 'Oui', tentative: 'Peut-être', declined: 'Non' },
    footer: (association: string) => `Vous recevez ce message en tant que membre de ${association} sur Agora. L’invitation jointe ajoute l’événement à votre agenda.`,
  },
} as const;

/** The human-readable part of an event mail; the calendar part is added by the composer. */
export function eventMail(change: EventChange, data: EventNotification, recipient: EventRecipient): RenderedMail {
  const t = words[recipient.locale] ?? words.en;
  const { event, association, organizer } = data;
  const starts = formatInstant(event.startsAt, recipient.locale, event.timeZone);
  const ends = formatInstant(event.endsAt, recipient.locale, event.timeZone);
  const separator = recipient.locale === 'fr' ? ' : ' : ': ';
  const subject = oneLine(`${t.subject[change]}${separator}${event.title} — ${starts}`);
  const intro = t.intro[change](association.name);
  const cancelled = change === 'event.cancelled';

  const rows: [string, string][] = [
    [t.when, starts],
    [t.ends, ends],
    ...(event.location ? [[t.where, event.location] as [string, string]] : []),
    [t.organizer, `${organizer.name} <${organizer.email}>`],
  ];
  // The recipient's own page; it records an answer only when they press its button.
  const answerLinks = !cancelled && recipient.rsvpUrl
    ? RSVP_ANSWERS.map((answer) => {
        const url = new URL(recipient.rsvpUrl!);
        url.searchParams.set('answer', answer);
        return [t.answers[answer], url.toString()] as const;
      })
    : [];
  const body = html`<p>${t.hello(recipient.name)}</p>
<p>${intro}</p>
<h2 style="margin:16px 0 8px${cancelled ? ';text-decoration:line-through' : ''}">${event.title}</h2>
<table style="border-collapse:collapse">${rows.map(([label, value]) => html`<tr><td style="padding:2px 12px 2px 0;color:#6e6e73">${label}</td><td>${value}</td></tr>`)}</table>
${event.description ? paragraphs(event.description) : ''}
${answerLinks.length ? html`<p style="margin:24px 0 8px">${t.question}</p>
<p>${answerLinks.map(([label, url]) => html`<a href="${url}" style="border:1px solid #0b57d0;color:#0b57d0;padding:8px 16px;border-radius:6px;text-decoration:none;display:inline-block;margin-right:8px">${label}</a>`)}</p>` : ''}
${event.url ? button(event.url, t.details) : ''}`;
  const text = [
    t.hello(recipient.name),
    '',
    intro,
    '',
    `${cancelled ? '[X] ' : ''}${event.title}`,
    ...rows.map(([label, value]) => `${label}${separator}${value}`),
    ...(event.description ? ['', event.description] : []),
    ...(answerLinks.length ? ['', t.question, ...answerLinks.map(([label, url]) => `${label}${separator}${url}`)] : []),
    ...(event.url ? ['', `${t.details}${separator}${event.url}`] : []),
    '',
    '-- ',
    t.footer(association.name),
  ].join('\n');
  return { subject, html: layout(event.title, body, t.footer(association.name)), text };
}
