export * from './service-test-kit';
export * from './consumer-backlog';
