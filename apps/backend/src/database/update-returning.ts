import { EntityManager } from 'typeorm';

/** TypeORM answers an UPDATE on PostgreSQL with `[rows, rowCount]` rather than the rows alone. */
export async function updateReturning<T>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const [rows] = (await manager.query(sql, parameters)) as [T[], number];
  return rows;
}
