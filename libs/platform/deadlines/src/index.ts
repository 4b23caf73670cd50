export * from './aligned-slot';
export * from './deadline-handler';
export * from './deadline-scheduler';
export * from './deadlines-schema';
export * from './deadlines.module';
export * from './periodic-deadline-handler';
