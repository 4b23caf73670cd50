export * from './kafka-broker';
export * from './postgres';
export * from './file-lock';
