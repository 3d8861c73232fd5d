import { simpleParser } from 'mailparser';
import { waitFor } from '../../../../libs/messaging/src/testing/eventually';

interface MaildevEmail {
  id: string;
  subject: string;
  text?: string;
  to: { address: string }[];
}

export interface ReceivedMail {
  id: string;
  subject: string;
  text: string;
  /** The HTML part, when there is one. */
  html: string;
  /** The List-Unsubscribe header as sent, when there is one. */
  listUnsubscribe?: string;
  /** The text/calendar parts (the invitation and its invite.ics copy), decoded. */
  calendars: string[];
}

/** The mails the stack really sent, read from the mail catcher's REST API. */
export class Mailbox {
  constructor(private readonly mailUrl: string) {}

  private async all(): Promise<MaildevEmail[]> {
    const response = await fetch(`${this.mailUrl}/api/email`);
    if (!response.ok) throw new Error(`maildev answered ${response.status}`);
    return (await response.json()) as MaildevEmail[];
  }

  private async read(email: MaildevEmail): Promise<ReceivedMail> {
    const source = await (await fetch(`${this.mailUrl}/api/email/${email.id}/source`)).text();
    const parsed = await simpleParser(source);
    const calendars = parsed.attachments
      .filter(
        (attachment) =>
          attachment.contentType.startsWith('text/calendar') ||
          attachment.filename?.endsWith('.ics'),
      )
      .map((attachment) => attachment.content.toString('utf8'));
    return {
      id: email.id,
      subject: email.subject,
      text: parsed.text ?? email.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      listUnsubscribe: parsed.headerLines
        .find((header) => header.key === 'list-unsubscribe')
        ?.line.replace(/^[^:]*:\s*/, ''),
      calendars,
    };
  }

  /** Every mail the stack sent, oldest first. */
  async everything(): Promise<ReceivedMail[]> {
    return Promise.all((await this.all()).map((email) => this.read(email)));
  }

  /** Every mail to `address`, oldest first. */
  async to(address: string): Promise<ReceivedMail[]> {
    const mails = (await this.all()).filter((email) =>
      email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()),
    );
    return Promise.all(mails.map((email) => this.read(email)));
  }

  /** Waits until `address` has a mail that `matches`, and returns it. */
  async waitFor(
    address: string,
    what: string,
    matches: (mail: ReceivedMail) => boolean,
  ): Promise<ReceivedMail> {
    const mails = await waitFor(
      () => this.to(address),
      (list) => list.some(matches),
      { timeoutMs: 90_000, intervalMs: 500, what: `${what} for ${address}` },
    );
    return mails.filter(matches).at(-1)!;
  }
}

/** A property of the first VEVENT-level or calendar-level line, e.g. `METHOD` or `SEQUENCE`. */
export function icsProperty(ics: string, name: string): string | undefined {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded.match(new RegExp(`^${name}(?:;[^:]*)?:(.*)$`, 'm'))?.[1]?.trim();
}
