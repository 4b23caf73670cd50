import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { Metrics } from './metrics.service';

/** `GET /metrics`: the Prometheus text exposition of the app's registry. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res() res: ServerResponse): Promise<void> {
    const text = await this.metrics.render();
    res.statusCode = 200;
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.end(text);
  }
}
