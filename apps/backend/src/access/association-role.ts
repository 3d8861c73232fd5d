export const ASSOCIATION_ROLES = ['admin', 'member'] as const;

/** A member's permissions in one association. Titles (President…) are separate and grant nothing. */
export type AssociationRole = (typeof ASSOCIATION_ROLES)[number];
