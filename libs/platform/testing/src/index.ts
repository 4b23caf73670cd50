export * from './spawned-service';
export * from './tcp-proxy';
export * from './test-infra';
export * from './wait-for';
