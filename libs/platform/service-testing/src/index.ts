export * from './service-test-kit';
