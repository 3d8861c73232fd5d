import type {
  PasswordResetRequested,
  Recipient,
  RegistrationAttempted,
  VerificationRequested,
} from '@app/contracts';
import { formatInstant, pick } from './i18n';
import { Link, renderLetter } from './letter';
import { RenderedMail } from './rendered-mail';

const footer = {
  en: 'You receive this mail because this address was entered on Agora. If it was not you, ignore it.',
  fr: 'Vous recevez ce message car cette adresse a été saisie sur Agora. Si ce n’est pas vous, ignorez-le.',
};

function render(recipient: Recipient, subject: string, lines: string[], link?: Link, after: string[] = []): RenderedMail {
  return renderLetter(recipient, { subject, lines, links: link ? [link] : [], after, footer: pick(footer, recipient.locale) });
}

export function verificationMail(data: VerificationRequested): RenderedMail {
  const { recipient } = data;
  const expires = formatInstant(data.expiresAt, recipient.locale, 'UTC');
  return recipient.locale === 'fr'
    ? render(recipient, 'Confirmez votre adresse e-mail', ['Merci de votre inscription sur Agora. Confirmez votre adresse pour activer votre compte.'], { href: data.verifyUrl, label: 'Confirmer mon adresse' }, [`Ce lien expire le ${expires}.`])
    : render(recipient, 'Confirm your email address', ['Thank you for registering on Agora. Confirm your address to activate your account.'], { href: data.verifyUrl, label: 'Confirm my address' }, [`This link expires on ${expires}.`]);
}

export function passwordResetMail(data: PasswordResetRequested): RenderedMail {
  const { recipient } = data;
  const expires = formatInstant(data.expiresAt, recipient.locale, 'UTC');
  return recipient.locale === 'fr'
    ? render(recipient, 'Réinitialisez votre mot de passe', ['Une réinitialisation du mot de passe de votre compte Agora a été demandée.'], { href: data.resetUrl, label: 'Choisir un nouveau mot de passe' }, [`Ce lien expire le ${expires}. Si vous n’avez rien demandé, votre mot de passe reste inchangé.`])
    : render(recipient, 'Reset your password', ['Someone asked to reset the password of your Agora account.'], { href: data.resetUrl, label: 'Choose a new password' }, [`This link expires on ${expires}. If it was not you, your password stays as it is.`]);
}

export function registrationAttemptMail(data: RegistrationAttempted): RenderedMail {
  const { recipient } = data;
  return recipient.locale === 'fr'
    ? render(recipient, 'Quelqu’un a tenté de s’inscrire avec votre adresse', ['Quelqu’un a essayé de créer un compte Agora avec votre adresse, qui en a déjà un. Si c’était vous, connectez-vous.'], { href: data.loginUrl, label: 'Me connecter' }, [`Mot de passe oublié ? ${data.resetUrl}`])
    : render(recipient, 'Someone tried to register with your address', ['Someone tried to create an Agora account with your address, which already has one. If it was you, log in.'], { href: data.loginUrl, label: 'Log in' }, [`Forgot your password? ${data.resetUrl}`]);
}
