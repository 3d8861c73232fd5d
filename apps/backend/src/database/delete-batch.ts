import { EntityManager } from 'typeorm';

/**
 * Deletes at most `limit` rows of `table` (aliased `t` in `where`) and answers how many went. Rows
 * another transaction holds (a request using them, another replica's purge) are skipped rather
 * than waited for, so several processes can run the same clean-up at once without blocking
 * anyone. `table` and `where` are our own SQL, never user input; values go in `parameters`.
 */
export async function deleteUnlockedBatch(
  manager: EntityManager,
  table: string,
  where: string,
  parameters: unknown[],
  limit: number,
): Promise<number> {
  // TypeORM answers a DELETE on PostgreSQL with `[rows, rowCount]`.
  const [, count] = (await manager.query(
    `DELETE FROM ${table}
      WHERE id IN (SELECT t.id FROM ${table} t
                    WHERE ${where}
                    LIMIT $${parameters.length + 1}
                      FOR UPDATE OF t SKIP LOCKED)`,
    [...parameters, limit],
  )) as [unknown[], number];
  return count;
}
