import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Locale } from '@app/contracts';
import { updateReturning } from '../database/update-returning';
import { AssociationRole } from '../access/association-role';
import { mailNameSql } from '../users/display-name';
import {
  InvitationDto,
  InvitationPreviewDto,
  InvitationStatus,
  MyInvitationDto,
} from './dto/invitation.dto';

/** An invitation with what answering it needs. `status` already says `expired` when it is. */
export interface InvitationRow {
  id: string;
  associationId: string;
  associationName: string;
  email: string;
  role: AssociationRole;
  title: string | null;
  status: InvitationStatus;
}

export interface NewInvitation {
  associationId: string;
  email: string;
  inviteeId: string | null;
  invitedBy: string;
  role: AssociationRole;
  title: string | null;
  tokenHash: string;
  expiresAt: Date;
}

/** How an account is named and spoken to in a mail. */
export interface Account {
  name: string;
  locale: Locale;
}

/** A pending invitation past its expiry reads as expired everywhere, before anyone cleans it up. */
const STATUS_SQL = `CASE WHEN i.status = 'pending' AND i.expires_at <= now() THEN 'expired' ELSE i.status END`;

const PERSON_SQL = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL
        ELSE json_build_object('id', ${alias}.id, 'firstName', ${alias}.first_name, 'lastName', ${alias}.last_name) END`;

const MY_INVITATION_COLUMNS = `i.id, json_build_object('id', a.id, 'name', a.name) AS association,
        i.role, i.title, ${mailNameSql('inviter')} AS "invitedBy",
        i.created_at AS "createdAt", i.expires_at AS "expiresAt"`;

/** Queries of invitations and of the "don't invite me again" list. */
@Injectable()
export class InvitationsRepository {
  async insert(manager: EntityManager, invitation: NewInvitation): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO invitations (association_id, email, invitee_id, invited_by, role, title, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id`,
      [
        invitation.associationId,
        invitation.email,
        invitation.inviteeId,
        invitation.invitedBy,
        invitation.role,
        invitation.title,
        invitation.tokenHash,
        invitation.expiresAt,
      ],
    );
    return id;
  }

  /** Closes an expired invitation for good, so that the person can be invited again. */
  async expireStale(manager: EntityManager, associationId: string, email: string): Promise<void> {
    await manager.query(
      `UPDATE invitations SET status = 'expired'
        WHERE association_id = $1 AND email = $2 AND status = 'pending' AND expires_at <= now()`,
      [associationId, email],
    );
  }

  /** Invitations created in the last 24 hours, and when the oldest of them leaves that window. */
  async sentToday(
    manager: EntityManager,
    associationId: string,
  ): Promise<{ count: number; oldest: Date | null }> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS count, min(created_at) AS oldest
         FROM invitations
        WHERE association_id = $1 AND created_at > now() - interval '1 day'`,
      [associationId],
    );
    return row;
  }

  async isBlocked(manager: EntityManager, associationId: string, email: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM invitation_blocks WHERE association_id = $1 AND email = $2`,
      [associationId, email],
    );
    return rows.length > 0;
  }

  async block(manager: EntityManager, associationId: string, email: string): Promise<void> {
    await manager.query(
      `INSERT INTO invitation_blocks (association_id, email) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [associationId, email],
    );
  }

  /**
   * A verified user's address: where an invitation by user id goes, and the only address whose
   * invitations the user may answer. Undefined for anyone unverified or unknown.
   */
  async verifiedAddressOf(manager: EntityManager, userId: string): Promise<string | undefined> {
    const rows: { email: string }[] = await manager.query(
      `SELECT email FROM users WHERE id = $1 AND email_verified_at IS NOT NULL`,
      [userId],
    );
    return rows[0]?.email;
  }

  /** How to address a mail to an account, found by its address or its id. */
  async account(
    manager: EntityManager,
    by: { email: string } | { id: string },
  ): Promise<Account | undefined> {
    const [column, value] = 'id' in by ? ['id', by.id] : ['email', by.email];
    const rows: Account[] = await manager.query(
      `SELECT ${mailNameSql('u')} AS name, u.locale FROM users u WHERE u.${column} = $1`,
      [value],
    );
    return rows[0];
  }

  async isMember(manager: EntityManager, associationId: string, userId: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM memberships WHERE association_id = $1 AND user_id = $2`,
      [associationId, userId],
    );
    return rows.length > 0;
  }

  async findForAdmins(manager: EntityManager, id: string): Promise<InvitationDto | undefined> {
    const rows: InvitationDto[] = await manager.query(
      `SELECT ${ADMIN_COLUMNS} FROM invitations i ${ADMIN_JOINS} WHERE i.id = $1`,
      [id],
    );
    return rows[0];
  }

  /** The association's invitations still waiting for an answer, newest first. */
  async listPending(
    manager: EntityManager,
    associationId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: InvitationDto[]; total: number }> {
    const where = `i.association_id = $1 AND i.status = 'pending' AND i.expires_at > now()`;
    const [items, [{ total }]] = await Promise.all([
      manager.query(
        `SELECT ${ADMIN_COLUMNS} FROM invitations i ${ADMIN_JOINS}
          WHERE ${where}
          ORDER BY i.created_at DESC, i.id
          LIMIT $2 OFFSET $3`,
        [associationId, limit, offset],
      ),
      manager.query(`SELECT count(*)::int AS total FROM invitations i WHERE ${where}`, [
        associationId,
      ]),
    ]);
    return { items, total };
  }

  /** Pending invitations addressed to the user's verified address, newest first. */
  async listForUser(
    manager: EntityManager,
    userId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: MyInvitationDto[]; total: number }> {
    const from = `FROM users me
      JOIN invitations i ON i.email = me.email AND i.status = 'pending' AND i.expires_at > now()`;
    const where = `WHERE me.id = $1 AND me.email_verified_at IS NOT NULL`;
    const [items, [{ total }]] = await Promise.all([
      manager.query(
        `SELECT ${MY_INVITATION_COLUMNS}
           ${from}
           JOIN associations a ON a.id = i.association_id
           LEFT JOIN users inviter ON inviter.id = i.invited_by
          ${where}
          ORDER BY i.created_at DESC, i.id
          LIMIT $2 OFFSET $3`,
        [userId, limit, offset],
      ),
      manager.query(`SELECT count(*)::int AS total ${from} ${where}`, [userId]),
    ]);
    return { items, total };
  }

  async preview(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<InvitationPreviewDto | undefined> {
    const rows: InvitationPreviewDto[] = await manager.query(
      `SELECT ${MY_INVITATION_COLUMNS}, i.email, ${STATUS_SQL} AS status
         FROM invitations i
         JOIN associations a ON a.id = i.association_id
         LEFT JOIN users inviter ON inviter.id = i.invited_by
        WHERE i.token_hash = $1`,
      [tokenHash],
    );
    return rows[0];
  }

  /** Finds an invitation by the hash of its token or by its id, locked when `lock` is set. */
  async find(
    manager: EntityManager,
    by: { tokenHash: string } | { id: string },
    lock = false,
  ): Promise<InvitationRow | undefined> {
    const [column, value] = 'id' in by ? ['id', by.id] : ['token_hash', by.tokenHash];
    const rows: InvitationRow[] = await manager.query(
      `SELECT i.id, i.association_id AS "associationId", a.name AS "associationName", i.email,
              i.role, i.title, ${STATUS_SQL} AS status
         FROM invitations i
         JOIN associations a ON a.id = i.association_id
        WHERE i.${column} = $1
        ${lock ? 'FOR UPDATE OF i' : ''}`,
      [value],
    );
    return rows[0];
  }

  async answer(manager: EntityManager, id: string, status: 'accepted' | 'declined'): Promise<void> {
    await manager.query(`UPDATE invitations SET status = $2, answered_at = now() WHERE id = $1`, [
      id,
      status,
    ]);
  }

  /** Revokes a pending invitation of the association; returns whether there was one. */
  async revoke(manager: EntityManager, associationId: string, id: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      manager,
      `UPDATE invitations SET status = 'revoked', answered_at = now()
        WHERE id = $1 AND association_id = $2 AND status = 'pending' AND expires_at > now()
        RETURNING id`,
      [id, associationId],
    );
    return rows.length > 0;
  }

  /** Adds the member unless they already are one (accepting twice changes nothing). */
  async join(
    manager: EntityManager,
    invitation: Pick<InvitationRow, 'associationId' | 'role' | 'title'>,
    userId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO memberships (association_id, user_id, role, title)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (association_id, user_id) DO NOTHING`,
      [invitation.associationId, userId, invitation.role, invitation.title],
    );
  }
}

const ADMIN_COLUMNS = `i.id, i.role, i.title, ${STATUS_SQL} AS status,
       CASE WHEN i.invitee_id IS NULL THEN i.email END AS email,
       ${PERSON_SQL('invitee')} AS invitee, ${PERSON_SQL('inviter')} AS "invitedBy",
       i.created_at AS "createdAt", i.expires_at AS "expiresAt"`;

const ADMIN_JOINS = `LEFT JOIN users invitee ON invitee.id = i.invitee_id
       LEFT JOIN users inviter ON inviter.id = i.invited_by`;
