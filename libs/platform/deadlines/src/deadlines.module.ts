import { Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, Reflector } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { SERVICES, type ServiceName } from '@trustcircle/contracts';
import { ServiceEnv } from '@trustcircle/config';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { DataSource } from 'typeorm';
import { DEADLINE_HANDLER_METADATA, type DeadlineHandler } from './deadline-handler';
import { DeadlineScheduler } from './deadline-scheduler';
import { TestHooksController } from './test-hooks.controller';

const DEADLINES_SERVICE = Symbol.for('trustcircle.deadlines-service');

/** Builds the scheduler from every `@HandlesDeadline(kind)` provider and sweeps on an interval. */
@Injectable()
class DeadlineSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly scheduler: DeadlineScheduler,
    private readonly env: ServiceEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.start(this.env.DEADLINE_SWEEP_MS);
  }

  onApplicationShutdown(): void {
    this.scheduler.stop();
  }
}

/**
 * The shared deadline scheduler for a service: `DeadlineScheduler` to schedule and cancel inside use-case
 * transactions, a periodic sweep, and (only with TEST_HOOKS_ENABLED) `POST /__test/deadlines/sweep` and
 * `POST /__test/clock/advance` so tests move time instead of sleeping.
 */
@Module({})
export class DeadlinesModule {
  static forRoot(service: ServiceName, options: { testHooks: boolean }): DynamicModule {
    return {
      module: DeadlinesModule,
      global: true,
      imports: [DiscoveryModule],
      controllers: options.testHooks ? [TestHooksController] : [],
      providers: [
        { provide: DEADLINES_SERVICE, useValue: service },
        {
          provide: DeadlineScheduler,
          inject: [getDataSourceToken(), CLOCK, DiscoveryService, Reflector, DEADLINES_SERVICE],
          useFactory: (ds: DataSource, clock: Clock, discovery: DiscoveryService, reflector: Reflector, svc: ServiceName) =>
            new DeadlineScheduler(ds, SERVICES[svc].schema, clock, discoverHandlers(discovery, reflector)),
        },
        DeadlineSweeper,
      ],
      exports: [DeadlineScheduler],
    };
  }
}

function discoverHandlers(discovery: DiscoveryService, reflector: Reflector): Map<string, DeadlineHandler> {
  const handlers = new Map<string, DeadlineHandler>();
  for (const wrapper of discovery.getProviders()) {
    if (!wrapper.instance || !wrapper.metatype) continue;
    const kind = reflector.get<string | undefined>(DEADLINE_HANDLER_METADATA, wrapper.metatype);
    if (!kind) continue;
    if (handlers.has(kind)) throw new Error(`two handlers for deadline kind ${kind}`);
    // A provider created after the scheduler is still a bare prototype here: read its instance when it fires.
    handlers.set(kind, { onDue: (deadline, manager) => (wrapper.instance as DeadlineHandler).onDue(deadline, manager) });
  }
  return handlers;
}

