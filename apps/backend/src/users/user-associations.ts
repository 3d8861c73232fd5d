import type { UserAssociationDto } from './dto/user.dto';

/**
 * Extension point for the profile's association list (`GET /api/users/:id`). The associations
 * feature owns the memberships, and UsersModule cannot import it (it imports users), so it
 * provides this token from a `@Global()` module instead:
 *
 *   { provide: USER_ASSOCIATIONS_SOURCE, useExisting: MembershipsService }  // + exports
 */
export const USER_ASSOCIATIONS_SOURCE = Symbol('UserAssociationsSource');

export interface UserAssociationsSource {
  /** The associations the user is a member of, with their role and title there. */
  associationsOf(userId: string): Promise<UserAssociationDto[]>;
}
