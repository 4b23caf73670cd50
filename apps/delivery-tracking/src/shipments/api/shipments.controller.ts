import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse, getSchemaPath } from '@nestjs/swagger';
import { TRACKING_NUMBER } from '@trustcircle/contracts';
import { Idempotent, type Principal } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { GetShipmentsQuery } from '../application/get-shipments/get-shipments.query';
import { decodeStuckCursor } from '../application/list-stuck-shipments/stuck-cursor';
import { ListStuckShipmentsQuery } from '../application/list-stuck-shipments/list-stuck-shipments.query';
import { RegisterShipmentUseCase } from '../application/register-shipment/register-shipment.use-case';
import { ShipmentProblems } from '../application/shared/shipment-problems';
import { RegisterShipmentBody } from './dto/register-shipment.body';
import { ShipmentListResponse } from './dto/shipment-list.response';
import { ShipmentLookupQueryParams } from './dto/shipment-lookup.query-params';
import { ShipmentResponse } from './dto/shipment.response';
import { ShipmentsQueryParams } from './dto/shipments.query-params';
import { StuckShipmentPageResponse, StuckShipmentResponse } from './dto/stuck-shipment-page.response';
import { shipmentViewerOf } from './shipment-viewer.of';

/**
 * Shipments: registered by marketplaces (API key), read with their timelines by the marketplace that registered
 * them, the courier carrying them (API key) and operators. Anyone else's shipment answers 404.
 */
@ApiTags('shipments')
@Controller('v1/shipments')
export class ShipmentsController {
  constructor(
    private readonly register: RegisterShipmentUseCase,
    private readonly shipments: GetShipmentsQuery,
    private readonly stuckShipments: ListStuckShipmentsQuery,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiKeyAuth('marketplace')
  @Idempotent()
  @ApiOperation({
    summary: 'Register a shipment for one of your orders',
    description:
      'OUTBOUND: one active (not cancelled) per order. RETURN: linked to the order’s outbound shipment. The courier must be an active ' +
      'courier partner; a tracking number is unique per courier. Events the courier sent before the registration are applied at once. ' +
      'Safe to retry with an Idempotency-Key.',
  })
  @ApiCreatedResponse({ type: ShipmentResponse })
  @ApiNotFoundResponse({ description: 'No such order of yours.' })
  @ApiConflictResponse({ description: 'An active outbound shipment exists, or the courier’s tracking number is taken.' })
  @ApiUnprocessableEntityResponse({ description: 'Unknown courier, or a return for an order with no outbound shipment.' })
  async create(@Body() body: RegisterShipmentBody, @CurrentPrincipal() principal: Principal): Promise<ShipmentResponse> {
    const registered = await this.register.execute({
      marketplaceId: principal.partnerId ?? principal.id,
      orderId: body.orderId,
      courierId: body.courier,
      trackingNumber: body.trackingNumber,
      direction: body.direction,
      expectedDeliveryAt: body.expectedDeliveryAt === undefined ? null : new Date(body.expectedDeliveryAt),
    });
    return ShipmentResponse.withTimeline(registered);
  }

  @Get()
  @ApiKeyAuth('marketplace', 'courier')
  @OperatorAuth('viewer')
  @ApiOperation({
    summary: 'An order’s shipments with their timelines (?orderId=), or the stuck shipments (?stuck=true)',
    description:
      'Give exactly one of orderId and stuck=true. Stuck: active shipments with no courier event for STUCK_AFTER_HOURS or past their ' +
      'expected delivery, longest silent first (keyset pagination). A marketplace or courier sees only its own; operators see all.',
  })
  @ApiExtraModels(ShipmentListResponse, StuckShipmentPageResponse, StuckShipmentResponse)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(ShipmentListResponse) }, { $ref: getSchemaPath(StuckShipmentPageResponse) }] } })
  @ApiNotFoundResponse({ description: 'No such order of yours.' })
  async list(@Query() q: ShipmentsQueryParams, @CurrentPrincipal() principal: Principal): Promise<ShipmentListResponse | StuckShipmentPageResponse> {
    const viewer = shipmentViewerOf(principal);
    if ((q.orderId === undefined) === (q.stuck === undefined)) throw ShipmentProblems.badQuery('orderId', 'give exactly one of orderId and stuck=true');
    if (q.orderId !== undefined) {
      const found = await this.shipments.byOrder(viewer, q.orderId);
      if (!found) throw ShipmentProblems.orderNotFound(q.orderId);
      return { items: found.map((s) => ShipmentResponse.withTimeline(s)) };
    }
    const after = q.cursor === undefined ? undefined : decodeStuckCursor(q.cursor);
    if (after === null) throw ShipmentProblems.badQuery('cursor', 'cursor is not one this API issued');
    const page = await this.stuckShipments.execute(viewer, { after, limit: q.limit ?? 20 });
    return { items: page.items.map((s) => StuckShipmentResponse.ofStuck(s)), nextCursor: page.nextCursor };
  }

  @Get(':trackingNumber')
  @ApiKeyAuth('marketplace', 'courier')
  @OperatorAuth('viewer')
  @ApiOperation({
    summary: 'A shipment with its timeline, by tracking number',
    description: 'Tracking numbers are unique per courier: if several you may see carry it, add ?courierId=.',
  })
  @ApiOkResponse({ type: ShipmentResponse })
  @ApiNotFoundResponse({ description: 'No such shipment of yours.' })
  @ApiConflictResponse({ description: 'Several couriers’ shipments carry this tracking number: add ?courierId=.' })
  async get(@Param('trackingNumber') trackingNumber: string, @Query() q: ShipmentLookupQueryParams, @CurrentPrincipal() principal: Principal): Promise<ShipmentResponse> {
    if (!TRACKING_NUMBER.test(trackingNumber)) throw ShipmentProblems.shipmentNotFound(trackingNumber.slice(0, 64));
    const found = await this.shipments.byTrackingNumber(shipmentViewerOf(principal), trackingNumber, q.courierId);
    if (found.kind === 'ambiguous') throw ShipmentProblems.ambiguousTrackingNumber(trackingNumber);
    if (found.kind === 'not-found') throw ShipmentProblems.shipmentNotFound(trackingNumber);
    return ShipmentResponse.withTimeline(found.shipment);
  }
}
