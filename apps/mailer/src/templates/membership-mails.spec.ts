import { invitation } from '../../test/support/invitation';
import { membershipInvitedMail } from './membership-mails';

const { acceptUrl, declineUrl } = invitation();

describe('membershipInvitedMail', () => {
  it('tells an English reader who invites them, where, as what, until when, with both answers', () => {
    const sut = membershipInvitedMail(invitation('en'));

    expect(sut.subject).toBe('Ada Admin invites you to join Chess club');
    expect(sut.text).toContain('Hello Zoé Martin,');
    expect(sut.text).toContain('Ada Admin invites you to join Chess club on Agora as a member, with the title “Treasurer”.');
    expect(sut.text).toContain(`Accept: ${acceptUrl}`);
    expect(sut.text).toContain(`Decline: ${declineUrl}`);
    expect(sut.text).toContain('This invitation expires on Tuesday, 15 December 2026 at 17:30 (UTC).');
    expect(sut.text).toContain('If you do not know Chess club, ignore this mail, or decline and ask not to be invited again.');
  });

  it('writes French to a French reader', () => {
    const sut = membershipInvitedMail(invitation('fr', { role: 'admin', title: null }));

    expect(sut.subject).toBe('Ada Admin vous invite à rejoindre Chess club');
    expect(sut.text).toContain('Bonjour Zoé Martin,');
    expect(sut.text).toContain('Ada Admin vous invite à rejoindre Chess club sur Agora en tant qu’administrateur·rice.');
    expect(sut.text).toContain(`Accepter: ${acceptUrl}`);
    expect(sut.text).toContain(`Refuser: ${declineUrl}`);
    expect(sut.text).toContain('Cette invitation expire le mardi 15 décembre 2026 à 17:30 (UTC).');
    expect(sut.text).toContain('ignorez ce message, ou refusez et demandez à ne plus être invité·e.');
    expect(sut.html).toContain('Refuser');
  });

  it.each(['en', 'fr'] as const)('links both answers in the HTML part too (%s)', (locale) => {
    const sut = membershipInvitedMail(invitation(locale));

    for (const url of [acceptUrl, declineUrl]) {
      const escaped = url.replace(/&/g, '&amp;');
      expect(sut.html).toContain(`href="${escaped}"`);
      // The address is shown too, for readers whose client hides the buttons.
      expect(sut.html).toContain(`>${escaped}</p>`);
    }
  });

  it('greets without a name a person known only by their address', () => {
    const english = membershipInvitedMail(invitation('en', { recipient: { email: 'new@example.org', name: 'New@Example.org', locale: 'en' } }));
    const french = membershipInvitedMail(invitation('fr', { recipient: { email: 'new@example.org', name: 'new@example.org', locale: 'fr' } }));

    expect(english.text.split('\n')[0]).toBe('Hello,');
    expect(french.text.split('\n')[0]).toBe('Bonjour,');
    expect(english.html).not.toContain('Hello New@Example.org');
  });

  it('escapes names typed by users in the HTML part, and keeps the subject on one line', () => {
    const sut = membershipInvitedMail(
      invitation('en', {
        association: { id: '5f7b1c1e-8d1a-4a39-9a51-6d1c0e6b4f11', name: '<script>alert(1)</script> club' },
        invitedBy: 'Mallory\r\nBcc: everyone@example.org',
        title: '"><img src=x onerror=alert(2)>',
      }),
    );

    expect(sut.html).not.toContain('<script>');
    expect(sut.html).not.toContain('<img');
    expect(sut.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; club');
    expect(sut.subject).not.toMatch(/[\r\n]/);
  });
});
