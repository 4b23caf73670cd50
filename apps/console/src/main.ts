import 'reflect-metadata';
import { devProxy } from '@trustcircle/dev-proxy';
import { bootstrapService } from '@trustcircle/service-kit';
import { AppModule } from './app.module';
import type { ConsoleEnv } from './config/console.env';
import { devProxyTargets } from './dev-proxy-targets';

void bootstrapService(AppModule.forRoot(), {
  service: 'console',
  docs: { title: 'TrustCircle console', description: 'Operator API: the partner registry (partners, credentials, bindings) and operators.' },
  beforeEdge: (app, env) => {
    const consoleEnv = env as ConsoleEnv;
    if (consoleEnv.DEV_PROXY_ENABLED) app.use(devProxy('console', devProxyTargets(consoleEnv)));
  },
});
