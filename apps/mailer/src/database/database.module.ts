import { Global, Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailerConfig } from '../config/mailer-config';
import { createMailerDataSource, migrateMailerDatabase } from './mailer-database';

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [MailerConfig],
      useFactory: async (config: MailerConfig) => {
        const dataSource = createMailerDataSource(config.database.url, config.database.poolSize);
        await dataSource.initialize();
        if (config.database.runMigrations) await migrateMailerDatabase(dataSource);
        return dataSource;
      },
    },
  ],
  exports: [DataSource],
})
export class MailerDatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
