import { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/** Answers the raw SQL a service runs itself (AccessService's query); repositories are faked apart. */
export type QueryAnswer = (sql: string, parameters: unknown[]) => Promise<unknown[]>;

type Work<T> = (manager: EntityManager) => Promise<T>;

/**
 * The part of a DataSource the services use: `manager` outside a transaction, `transaction(work)`
 * that calls `work` back with the transaction's own manager, and `query`, which both managers
 * (real TypeORM EntityManagers) delegate their raw SQL to.
 */
export class FakeDataSource implements Pick<DataSource, 'manager' | 'transaction' | 'query'> {
  /** What the whole class stands for, for the constructors that want a DataSource. */
  readonly dataSource = this as unknown as DataSource;
  readonly manager = new EntityManager(this.dataSource);
  /** The manager every transaction runs on: not `manager`, as with a real connection. */
  readonly transactionManager = new EntityManager(this.dataSource);

  constructor(private readonly answer: QueryAnswer = async () => []) {}

  transaction<T>(work: Work<T>): Promise<T>;
  transaction<T>(isolationLevel: IsolationLevel, work: Work<T>): Promise<T>;
  async transaction<T>(...args: [Work<T>] | [IsolationLevel, Work<T>]): Promise<T> {
    const work = args.length === 1 ? args[0] : args[1];
    return work(this.transactionManager);
  }

  async query<T>(sql: string, parameters: unknown[] = []): Promise<T> {
    return (await this.answer(sql, parameters)) as T;
  }

  /** Whether `manager` is the one of a transaction, e.g. to check a write that must commit with another. */
  inTransaction(manager: EntityManager): boolean {
    return manager === this.transactionManager;
  }
}
