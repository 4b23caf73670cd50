export * from './dev-proxy';
