export * from './routing-keys';
export * from './payloads';
export * from './envelope';
export * from './reports';
