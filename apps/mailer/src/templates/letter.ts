import type { Recipient } from '@app/contracts';
import { button, html, layout, oneLine } from './html';
import { pick } from './i18n';
import { RenderedMail } from './rendered-mail';

export interface Link {
  href: string;
  label: string;
}

/** A short mail: a greeting, a few lines, buttons, a few more lines, and a footer. */
export interface Letter {
  subject: string;
  lines: string[];
  links?: Link[];
  after?: string[];
  footer: string;
}

const greeting = {
  en: { named: (name: string) => `Hello ${name},`, unnamed: 'Hello,' },
  fr: { named: (name: string) => `Bonjour ${name},`, unnamed: 'Bonjour,' },
};

/**
 * Someone without an account is known by their address only, and "Hello ada@example.org," reads
 * like a machine wrote it: they are then greeted without a name.
 */
export function greet(recipient: Recipient): string {
  const words = pick(greeting, recipient.locale);
  const name = recipient.name.trim();
  return name && name.toLowerCase() !== recipient.email.trim().toLowerCase() ? words.named(name) : words.unnamed;
}

export function renderLetter(recipient: Recipient, { subject, lines, links = [], after = [], footer }: Letter): RenderedMail {
  const hello = greet(recipient);
  const body = html`<p>${hello}</p>${lines.map((line) => html`<p>${line}</p>`)}${links.map((link) => button(link.href, link.label))}${after.map((line) => html`<p>${line}</p>`)}`;
  const text = [
    hello,
    '',
    ...lines,
    ...(links.length ? ['', ...links.map((link) => `${link.label}: ${link.href}`)] : []),
    ...(after.length ? ['', ...after] : []),
    '',
    '-- ',
    footer,
  ].join('\n');
  return { subject: oneLine(subject), html: layout(subject, body, footer), text };
}
