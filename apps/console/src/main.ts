import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SERVICES } from '@trustcircle/contracts';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.enableShutdownHooks();
  await app.listen(SERVICES['console'].port, '127.0.0.1');
}

void bootstrap();
