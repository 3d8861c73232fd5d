export * from './routing-keys';
export * from './payloads';
export * from './envelope';
