import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssociationMailSettingDto } from './dto/notifications.dto';

@Injectable()
export class NotificationsRepository {
  /** Every association of the user, with whether its event mail reaches them. */
  async settingsOf(manager: EntityManager, userId: string): Promise<AssociationMailSettingDto[]> {
    return manager.query(
      `SELECT a.id, a.name, (o.user_id IS NULL) AS "eventMail"
         FROM memberships m
         JOIN associations a ON a.id = m.association_id
         LEFT JOIN event_mail_opt_outs o ON o.user_id = m.user_id AND o.association_id = m.association_id
        WHERE m.user_id = $1
        ORDER BY a.name, a.id`,
      [userId],
    );
  }

  /** The ids among `associationIds` the user belongs to. */
  async memberOf(
    manager: EntityManager,
    userId: string,
    associationIds: string[],
  ): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT association_id AS id FROM memberships WHERE user_id = $1 AND association_id = ANY($2::uuid[])`,
      [userId, associationIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Stops the association's event mail; nothing happens if the person or association is gone. */
  async optOut(manager: EntityManager, userId: string, associationId: string): Promise<void> {
    await manager.query(
      `INSERT INTO event_mail_opt_outs (user_id, association_id)
       SELECT u.id, a.id FROM users u, associations a WHERE u.id = $1 AND a.id = $2
       ON CONFLICT DO NOTHING`,
      [userId, associationId],
    );
  }

  async optIn(manager: EntityManager, userId: string, associationId: string): Promise<void> {
    await manager.query(
      `DELETE FROM event_mail_opt_outs WHERE user_id = $1 AND association_id = $2`,
      [userId, associationId],
    );
  }
}
