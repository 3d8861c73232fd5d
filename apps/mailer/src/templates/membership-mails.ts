import type { MembershipInvited } from '@app/contracts';
import { formatInstant, pick } from './i18n';
import { renderLetter } from './letter';
import { RenderedMail } from './rendered-mail';

type Role = MembershipInvited['role'];

const words = {
  en: {
    subject: (inviter: string, association: string) => `${inviter} invites you to join ${association}`,
    role: { admin: 'as an administrator', member: 'as a member' } satisfies Record<Role, string>,
    titled: (title: string) => `, with the title “${title}”`,
    invite: (inviter: string, association: string, role: string) => `${inviter} invites you to join ${association} on Agora ${role}.`,
    consent: 'You become a member only if you accept. Each link below opens a page of Agora that asks you to confirm your answer.',
    accept: 'Accept',
    decline: 'Decline',
    expires: (when: string) => `This invitation expires on ${when}.`,
    stranger: (association: string) => `If you do not know ${association}, ignore this mail, or decline and ask not to be invited again.`,
    footer: (association: string) => `You receive this mail because this address was invited to join ${association} on Agora.`,
  },
  fr: {
    subject: (inviter: string, association: string) => `${inviter} vous invite à rejoindre ${association}`,
    role: { admin: 'en tant qu’administrateur·rice', member: 'en tant que membre' } satisfies Record<Role, string>,
    titled: (title: string) => `, avec le titre «\u00a0${title}\u00a0»`,
    invite: (inviter: string, association: string, role: string) => `${inviter} vous invite à rejoindre ${association} sur Agora ${role}.`,
    consent: 'Vous ne devenez membre que si vous acceptez. Chacun des liens ci-dessous ouvre une page d’Agora qui vous demande de confirmer votre réponse.',
    accept: 'Accepter',
    decline: 'Refuser',
    expires: (when: string) => `Cette invitation expire le ${when}.`,
    stranger: (association: string) => `Si vous ne connaissez pas ${association}, ignorez ce message, ou refusez et demandez à ne plus être invité·e.`,
    footer: (association: string) => `Vous recevez ce message car cette adresse a été invitée à rejoindre ${association} sur Agora.`,
  },
};

/**
 * Asks a person whether they want to join an association. Nothing happens until they answer, and
 * both links lead to a page that asks again, so a link scanner following them changes nothing.
 */
export function membershipInvitedMail(data: MembershipInvited): RenderedMail {
  const { recipient, association, invitedBy } = data;
  const t = pick(words, recipient.locale);
  const role = t.role[data.role] + (data.title ? t.titled(data.title) : '');
  return renderLetter(recipient, {
    subject: t.subject(invitedBy, association.name),
    lines: [t.invite(invitedBy, association.name, role), t.consent],
    links: [
      { href: data.acceptUrl, label: t.accept },
      { href: data.declineUrl, label: t.decline },
    ],
    after: [t.expires(formatInstant(data.expiresAt, recipient.locale, 'UTC')), t.stranger(association.name)],
    footer: t.footer(association.name),
  });
}
