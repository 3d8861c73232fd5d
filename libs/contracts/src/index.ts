export * from './routing-keys';
export * from './payloads';
export * from './envelope';
export * from './replies';
export * from './event-uid';
export * from './reports';
