export * from './bootstrap-service';
export * from './service-kit.module';
