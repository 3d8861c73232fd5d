import type { Locale, MembershipInvited } from '@app/contracts';

/** A valid `membership.invited` payload: Ada Admin invites Zoé Martin to the chess club. */
export function invitation(locale: Locale = 'en', overrides: Partial<MembershipInvited> = {}): MembershipInvited {
  return {
    recipient: { email: 'zoe@example.org', name: 'Zoé Martin', locale },
    association: { id: '5f7b1c1e-8d1a-4a39-9a51-6d1c0e6b4f11', name: 'Chess club' },
    invitedBy: 'Ada Admin',
    role: 'member',
    title: 'Treasurer',
    acceptUrl: 'https://agora.test/invitations/inv-1/accept?token=t&x=1',
    declineUrl: 'https://agora.test/invitations/inv-1/decline?token=t&x=1',
    expiresAt: '2026-12-15T17:30:00.000Z',
    ...overrides,
  };
}
