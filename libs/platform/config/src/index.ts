export * from './config-error';
export * from './config.module';
export * from './env-transforms';
export * from './load-config';
export * from './service-env';
export * from './clock.module';
