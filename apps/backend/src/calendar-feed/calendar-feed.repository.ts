import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface FeedRow {
  salt: string;
  tokenHash: string;
}

@Injectable()
export class CalendarFeedRepository {
  async find(manager: EntityManager, userId: string): Promise<FeedRow | undefined> {
    const rows: FeedRow[] = await manager.query(
      `SELECT salt, token_hash AS "tokenHash" FROM calendar_feeds WHERE user_id = $1`,
      [userId],
    );
    return rows[0];
  }

  /** Creates the feed or replaces its token; a concurrent first use keeps one row. */
  async save(
    manager: EntityManager,
    userId: string,
    salt: string,
    tokenHash: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO calendar_feeds (user_id, salt, token_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET salt = EXCLUDED.salt, token_hash = EXCLUDED.token_hash,
                                           created_at = now()`,
      [userId, salt, tokenHash],
    );
  }

  async ownerOf(manager: EntityManager, tokenHash: string): Promise<string | undefined> {
    const rows: { userId: string }[] = await manager.query(
      `SELECT user_id AS "userId" FROM calendar_feeds WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0]?.userId;
  }
}
