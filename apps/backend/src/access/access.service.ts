import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AdminsOnly, AssociationNotFound, MembersOnly } from './access-problems';
import { AssociationRole } from './association-role';

/**
 * What a caller wants to do with an association or what belongs to it:
 * - `association:view`: the directory entry and the member list, open to every signed-in user;
 * - `association:manage`: change the association and its members (admins);
 * - `content:view`: minutes and events (members);
 * - `content:manage`: write minutes and events (admins).
 */
export type Permission =
  'association:view' | 'association:manage' | 'content:view' | 'content:manage';

interface Rule {
  minimumRole: AssociationRole | null;
  /** Outsiders are answered as if the thing did not exist: they may not learn it does. */
  hiddenFromOutsiders: boolean;
}

const RULES: Record<Permission, Rule> = {
  'association:view': { minimumRole: null, hiddenFromOutsiders: false },
  'association:manage': { minimumRole: 'admin', hiddenFromOutsiders: false },
  'content:view': { minimumRole: 'member', hiddenFromOutsiders: true },
  'content:manage': { minimumRole: 'admin', hiddenFromOutsiders: true },
};

/** What the check found out, so callers need not read it again. */
export interface Access {
  associationId: string;
  associationName: string;
  /** The caller's role, or null for an outsider. */
  role: AssociationRole | null;
}

export interface AccessOptions {
  /** Run inside this transaction. */
  manager?: EntityManager;
  /**
   * Lock the association row until the transaction ends: changes that depend on the set of
   * members (the last-admin rule, voters, recipients) are then serialised per association.
   */
  lock?: boolean;
  /** What to throw instead of "no such association" when the caller came through a child (an event). */
  notFound?: () => Error;
}

/**
 * The one place that decides who may do what in an association. Every route of the association
 * domain goes through `require` (immich's pattern: one helper, "missing" and "hidden" look alike).
 */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  async require(
    userId: string,
    associationId: string,
    permission: Permission,
    options: AccessOptions = {},
  ): Promise<Access> {
    const manager = options.manager ?? this.dataSource.manager;
    const rows: AccessRow[] = await manager.query(
      `SELECT a.id, a.name, m.role
         FROM associations a
         LEFT JOIN memberships m ON m.association_id = a.id AND m.user_id = $2
        WHERE a.id = $1
        ${options.lock ? 'FOR UPDATE OF a' : ''}`,
      [associationId, userId],
    );
    return decide(rows[0], permission, options.notFound ?? (() => new AssociationNotFound()));
  }

  /**
   * The same check for what belongs to one of the association's events, found from the event id in
   * one query. A missing event and a hidden one answer `notFound()` alike. No lock: callers that
   * write check again with `require` inside their transaction.
   */
  async requireThroughEvent(
    userId: string,
    eventId: string,
    permission: Permission,
    notFound: () => Error,
  ): Promise<Access> {
    const rows: AccessRow[] = await this.dataSource.manager.query(
      `SELECT a.id, a.name, m.role
         FROM events e
         JOIN associations a ON a.id = e.association_id
         LEFT JOIN memberships m ON m.association_id = a.id AND m.user_id = $2
        WHERE e.id = $1`,
      [eventId, userId],
    );
    return decide(rows[0], permission, notFound);
  }
}

interface AccessRow {
  id: string;
  name: string;
  role: AssociationRole | null;
}

function decide(
  found: AccessRow | undefined,
  permission: Permission,
  notFound: () => Error,
): Access {
  if (!found) throw notFound();
  const access: Access = { associationId: found.id, associationName: found.name, role: found.role };
  const rule = RULES[permission];
  if (!satisfies(access.role, rule.minimumRole)) {
    if (access.role === null && rule.hiddenFromOutsiders) throw notFound();
    throw rule.minimumRole === 'admin' ? new AdminsOnly() : new MembersOnly();
  }
  return access;
}

function satisfies(role: AssociationRole | null, minimum: AssociationRole | null): boolean {
  if (minimum === null) return true;
  if (minimum === 'member') return role !== null;
  return role === 'admin';
}
