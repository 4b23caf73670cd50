import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OperatorAuth } from '@trustcircle/security';
import type { Request, Response } from 'express';
import { OverviewSnapshotQuery } from '../application/overview-snapshot/overview-snapshot.query';
import { type OverviewStream, OverviewStreamHub } from '../application/overview-stream/overview-stream.hub';
import type { OverviewSnapshot } from '../domain/overview-snapshot';
import { bearerTokenExpiry, streamLifetimeMs } from '../domain/token-expiry';
import { OverviewSnapshotDto } from './dto/overview-snapshot.dto';

/** Headers of the event stream: never cached, never transformed or buffered by a proxy (nginx: X-Accel-Buffering). */
const STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
};

/** The live overview for every operator (any role): the snapshot, and the same pushed as server-sent events. */
@ApiTags('console: overview')
@Controller('v1/console/overview')
@OperatorAuth()
export class OverviewController {
  constructor(
    private readonly snapshots: OverviewSnapshotQuery,
    private readonly hub: OverviewStreamHub,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The live overview, now',
    description:
      'Orders per minute by status, money held/released/refunded per Vietnamese day and held money by age, open disputes by deadline, couriers’ exception rates and unremitted COD, notification success, every service’s health, consumer lag, outbox backlog and dead letters, and the 10 newest orders (no buyer details). A service that does not answer is DOWN; this endpoint still answers 200.',
  })
  @ApiOkResponse({ type: OverviewSnapshotDto })
  get(): Promise<OverviewSnapshot> {
    return this.snapshots.execute();
  }

  @Get('stream')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary: 'The live overview as server-sent events',
    description:
      'Answers `text/event-stream`: an `event: snapshot` with the whole overview at once (the same JSON as `GET /v1/console/overview`), then a new one whenever it changes, at most once a second, and a `: heartbeat` comment every 15 s. The first event carries `retry: 3000`. Send the operator token as `Authorization: Bearer` (read it with `fetch`: `EventSource` cannot send headers); the stream ends when that token expires, and the client reconnects with a fresh one.',
  })
  @ApiOkResponse({ description: 'The event stream (never ends on its own).' })
  async stream(@Req() req: Request, @Res() res: Response): Promise<void> {
    const stream: OverviewStream = {
      send: (frame) => {
        if (!res.headersSent) {
          res.writeHead(200, STREAM_HEADERS);
          req.socket.setNoDelay(true);
        }
        res.write(frame);
      },
      congested: () => res.writableNeedDrain,
      close: () => res.end(),
    };
    const close = await this.hub.open(stream);
    // A stream lives no longer than the token that opened it: the client reconnects with a fresh one.
    const expiry = setTimeout(() => res.end(), streamLifetimeMs(bearerTokenExpiry(req.headers.authorization), this.clock.now()));
    expiry.unref();
    res.on('close', () => {
      clearTimeout(expiry);
      close();
    });
    if (res.destroyed) {
      clearTimeout(expiry);
      close();
    }
  }
}
