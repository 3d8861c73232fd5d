import { sleep } from 'k6';
import http from 'k6/http';
import { MAIL_API_URL } from './config.ts';

interface CaughtMail {
  id: string;
  subject: string;
  text?: string;
  html?: string;
}

/** The verification token in a mail's link (`…?token=…`), from the text part or the HTML. */
export function tokenInMail(mail: CaughtMail): string | undefined {
  const match = /[?&]token=([A-Za-z0-9._~%-]+)/.exec(`${mail.text ?? ''}\n${mail.html ?? ''}`);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/**
 * Waits up to `timeoutSeconds` for the mail catcher to hold a mail to `address`, then deletes it
 * so the catcher's list stays short during a long run.
 */
export function awaitMailTo(address: string, timeoutSeconds: number): CaughtMail | undefined {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const url = `${MAIL_API_URL}/email?to.address=${encodeURIComponent(address)}`;
  while (Date.now() < deadline) {
    const response = http.get(url, { tags: { name: 'GET mail catcher inbox' } });
    if (response.status === 200) {
      const mails = response.json() as unknown as CaughtMail[];
      if (Array.isArray(mails) && mails.length > 0) {
        const mail = mails[mails.length - 1];
        http.del(`${MAIL_API_URL}/email/${mail.id}`, null, { tags: { name: 'DELETE mail catcher mail' } });
        return mail;
      }
    }
    sleep(0.25);
  }
  return undefined;
}
