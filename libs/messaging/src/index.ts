export * from './topology';
export * from './broker-connection';
