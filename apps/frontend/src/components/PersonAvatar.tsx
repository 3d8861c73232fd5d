import { Anchor, Avatar, type AvatarProps, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** Dark shades only: white initials on each of them pass WCAG AA (4.5:1 or more). */
const COLORS = ['blue', 'teal', 'grape', 'indigo', 'violet', 'pink', 'red', 'cyan'];

export interface Person {
  id: string;
  firstName: string;
  lastName: string;
}

/** "IL" for Inès Lefèvre; whole characters, so a name starting with an accent or an emoji stays intact. */
export function initials(person: Pick<Person, 'firstName' | 'lastName'>): string {
  const first = (name: string) => Array.from(name.trim())[0] ?? '';
  return `${first(person.firstName)}${first(person.lastName)}`.toUpperCase();
}

/**
 * A person's initials in a colour of their own. The colour follows the account, not the name, so
 * two people of the same name get two colours. Decorative: the name is always written next to it.
 */
export function PersonAvatar({ person, ...props }: { person: Person } & AvatarProps) {
  let hash = 0;
  for (const character of person.id) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return (
    <Avatar
      color={`${COLORS[hash % COLORS.length]}.9`}
      variant="filled"
      radius="xl"
      size="sm"
      aria-hidden
      {...props}
    >
      {initials(person)}
    </Avatar>
  );
}

/** A person's initials and name, linking to their profile, with what else a list says about them. */
export function PersonLink({ person, children }: { person: Person; children?: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <PersonAvatar person={person} />
      <div>
        <Anchor component={Link} to={`/users/${person.id}`} fw={600} size="sm">
          {person.firstName} {person.lastName}
        </Anchor>
        {children}
      </div>
    </Group>
  );
}
