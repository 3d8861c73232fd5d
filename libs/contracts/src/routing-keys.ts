/** Routing keys on the `agora.events` topic exchange. The key is also the envelope's `type`. */
export const RoutingKey = {
  AccountVerificationRequested: 'account.verification-requested',
  AccountPasswordResetRequested: 'account.password-reset-requested',
  AccountRegistrationAttempted: 'account.registration-attempted',
  MembershipInvited: 'membership.invited',
  EventCreated: 'event.created',
  EventUpdated: 'event.updated',
  EventCancelled: 'event.cancelled',
  EventReminder: 'event.reminder',
} as const;

export type RoutingKey = (typeof RoutingKey)[keyof typeof RoutingKey];

export const ALL_ROUTING_KEYS: readonly RoutingKey[] = Object.values(RoutingKey);

export const EXCHANGE_NAME = 'agora.events';
