import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBody, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CourierIntakeV1 } from '@trustcircle/contracts';
import type { Principal } from '@trustcircle/http';
import { CurrentPrincipal, SecurityLog, SignedWebhook } from '@trustcircle/security';
import type { Request, Response } from 'express';
import { RecordCourierEventUseCase } from '../../tracking/application/record-courier-event/record-courier-event.use-case';
import { DescribeCheckpointQuery } from '../application/describe-checkpoint/describe-checkpoint.query';
import { RecordCourierEventsBatchUseCase } from '../application/record-courier-events-batch/record-courier-events-batch.use-case';
import { checkpointFromIntake } from '../domain/courier-intake-checkpoint';
import { courierEventRefused, shipmentNotFound } from './courier-event-problems';
import { COURIER_EVENT_BODY, COURIER_EVENTS_BATCH_BODY } from './dto/courier-event.openapi';
import { CourierEventParkedResponse } from './dto/courier-event-parked.response';
import { CourierEventRecordedResponse } from './dto/courier-event-recorded.response';
import { CourierBatchItemResult, CourierEventsBatchResponse } from './dto/courier-events-batch.response';
import { RecordCourierEventsBatchBody } from './dto/record-courier-events-batch.body';

/** The security log event of a courier reporting on a parcel registered with another courier. */
export const FOREIGN_PARCEL_EVENT = 'courier-event-foreign-parcel';

/**
 * The courier edge, generic format: tracking events a courier sends as signed webhooks (Standard Webhooks, with
 * its own secret), one at a time or in batches. A courier reports only on shipments registered with it.
 */
@ApiTags('couriers')
@Controller('v1/couriers/:courierId')
@SignedWebhook('courier', { partnerIdParam: 'courierId' })
@ApiParam({ name: 'courierId', format: 'uuid', description: 'Your courier id.' })
export class CourierEventsController {
  constructor(
    private readonly recordEvent: RecordCourierEventUseCase,
    private readonly recordBatch: RecordCourierEventsBatchUseCase,
    private readonly describeCheckpoint: DescribeCheckpointQuery,
  ) {}

  @Post('events')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Report a tracking event (generic format)',
    description:
      'Recorded in the shipment’s timeline, ordered by occurredAt (a late event is kept in its place and never regresses the current ' +
      'status). The same tracking number, status and time again is absorbed (201, duplicate: true). A tracking number not registered ' +
      'yet is parked (202) and applied if the shipment is registered before expiresAt.',
  })
  @ApiBody(COURIER_EVENT_BODY)
  @ApiCreatedResponse({ type: CourierEventRecordedResponse, description: 'Recorded (or a duplicate, absorbed).' })
  @ApiAcceptedResponse({ type: CourierEventParkedResponse, description: 'Tracking number not registered yet: parked.' })
  @ApiBadRequestResponse({ description: 'A field is invalid, or occurredAt is far in the future or before the order (problem+json naming the field); nothing stored.' })
  @ApiNotFoundResponse({ description: 'The parcel is registered with another courier (logged for security); nothing stored.' })
  async report(
    @Body() body: CourierIntakeV1,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CourierEventRecordedResponse | CourierEventParkedResponse> {
    const courierId = principal.partnerId ?? principal.id;
    const result = await this.recordEvent.execute(courierId, checkpointFromIntake(body, 'GENERIC'));
    switch (result.kind) {
      case 'accepted': {
        const { checkpointId, shipmentId, status, currentStatus, late, flagged } = result;
        return { checkpointId, shipmentId, status, currentStatus, late, flagged, duplicate: false };
      }
      case 'duplicate':
        return { ...(await this.describeCheckpoint.execute(result.checkpointId)), duplicate: true };
      case 'parked':
        res.status(HttpStatus.ACCEPTED);
        return { parked: true, expiresAt: result.expiresAt.toISOString() };
      case 'refused':
        throw courierEventRefused(result);
      case 'not-found':
        SecurityLog.refused(FOREIGN_PARCEL_EVENT, req, { courierId, trackingNumber: body.trackingNumber });
        throw shipmentNotFound(body.trackingNumber);
    }
  }

  // The colon is literal: escaped for the router (path-to-regexp), which would read `:batch` as a parameter.
  @Post('events\\:batch')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Report up to 500 tracking events at once (generic format)',
    description:
      'Each item is validated and recorded on its own, in its own transaction: one bad item never sinks the batch. Items of one ' +
      'tracking number are applied in the order sent. Answers one result per item, in order.',
  })
  @ApiBody(COURIER_EVENTS_BATCH_BODY)
  @ApiOkResponse({ type: CourierEventsBatchResponse })
  @ApiBadRequestResponse({ description: '`events` is missing, empty, not a list or longer than 500 (problem+json naming events).' })
  async reportBatch(@Body() body: RecordCourierEventsBatchBody, @CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<CourierEventsBatchResponse> {
    const courierId = principal.partnerId ?? principal.id;
    const outcomes = await this.recordBatch.execute(courierId, body.events);
    for (const o of outcomes) {
      if (o.kind === 'recorded' && o.result.kind === 'not-found') {
        SecurityLog.refused(FOREIGN_PARCEL_EVENT, req, { courierId, trackingNumber: o.trackingNumber, item: String(o.index) });
      }
    }
    return { results: outcomes.map((o) => CourierBatchItemResult.of(o)) };
  }
}
