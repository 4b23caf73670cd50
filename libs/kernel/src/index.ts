export * from './clock';
export * from './money';
export * from './state-machine';
export * from './canonical-json';
export * from './vn-time';
export * from './csv';
