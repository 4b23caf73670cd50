export * from './data-source-options';
export * from './database.module';
export * from './run-migrations';
export * from './vnd-column';
export * from './postgres-readiness.check';
