/**
 * How a person is named to others: "first last". The one definition, in SQL for queries and in
 * TypeScript for values already loaded.
 */

/**
 * The display name of the `users` row aliased `alias`. The directory's trigram index is built on
 * `lower()` of this exact expression, so a search must use it unchanged for the index to serve it.
 */
export function displayNameSql(alias: string): string {
  return `${alias}.first_name || ' ' || ${alias}.last_name`;
}

/** The display name as a mail carries it: the message contracts accept at most 300 characters. */
export function mailNameSql(alias: string): string {
  return `left(${displayNameSql(alias)}, 300)`;
}

export function displayName(user: { firstName: string; lastName: string }): string {
  return `${user.firstName} ${user.lastName}`;
}
