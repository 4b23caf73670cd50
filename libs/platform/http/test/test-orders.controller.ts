import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsPositive, IsString, Matches, Min, ValidateNested } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { Idempotent, ProblemException, RateLimit, RateLimitKeys, type RequestWithPrincipal } from '../src';

class BuyerDto {
  @IsString()
  @Matches(/^0\d{9}$/)
  phone!: string;

  @IsString()
  name!: string;
}

class ItemDto {
  @IsString()
  sku!: string;

  @IsInt()
  @Min(1)
  quantity!: number;

  @IsInt()
  @IsPositive()
  unitPrice!: number;
}

/** Body of the test order endpoints. */
export class CreateOrderDto {
  @ValidateNested()
  @Type(() => BuyerDto)
  buyer!: BuyerDto;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ItemDto)
  items!: ItemDto[];

  @IsOptional()
  @IsString()
  note?: string;
}

/** A gate the slow endpoint waits on, opened by the test. */
export class Gate {
  private release: () => void = () => undefined;
  private promise: Promise<void> = Promise.resolve();

  close(): void {
    this.promise = new Promise((resolve) => (this.release = resolve));
  }

  open(): void {
    this.release();
  }

  wait(): Promise<void> {
    return this.promise;
  }
}

/** Counts handler invocations per endpoint. */
export const calls: Record<string, number> = {};
const count = (name: string): void => {
  calls[name] = (calls[name] ?? 0) + 1;
};
export const gate = new Gate();

@Controller('v1/orders')
export class TestOrdersController {
  @Post()
  @Idempotent()
  create(@Body() dto: CreateOrderDto, @Req() req: RequestWithPrincipal): { id: string; items: number; partner: string | null } {
    count('create');
    return { id: randomUUID(), items: dto.items.length, partner: req.principal?.partnerId ?? null };
  }

  @Post(':id/notes')
  @Idempotent()
  note(@Param('id') id: string, @Body() dto: CreateOrderDto): { orderId: string; noteId: string; items: number } {
    count('note');
    return { orderId: id, noteId: randomUUID(), items: dto.items.length };
  }

  @Post('slow')
  @Idempotent()
  async slow(@Body() dto: CreateOrderDto): Promise<{ id: string; items: number }> {
    count('slow');
    await gate.wait();
    return { id: randomUUID(), items: dto.items.length };
  }

  @Post('fail')
  @Idempotent()
  fail(@Body() _dto: CreateOrderDto): never {
    count('fail');
    throw new Error('connect to postgres://admin:hunter2@db failed');
  }

  @Post('conflict')
  @HttpCode(200)
  @Idempotent({ required: true })
  conflict(@Body() _dto: CreateOrderDto): never {
    count('conflict');
    throw new ProblemException({
      status: 409,
      type: 'order-already-exists',
      title: 'Order already exists',
      detail: 'An order with this external id exists.',
      field: 'externalId',
      extensions: { orderId: 'o-1', status: 999 },
    });
  }

  @Post('limited')
  @HttpCode(200)
  @RateLimit({ name: 'per-client', limit: 3, windowSeconds: 60, key: (req) => req.header('x-client') })
  limited(): { ok: true } {
    return { ok: true };
  }

  @Post('otp')
  @HttpCode(200)
  @RateLimit(
    { name: 'otp-per-phone', limit: 2, windowSeconds: 60, key: RateLimitKeys.phoneInBody('phone') },
    { name: 'otp-open', limit: 100, windowSeconds: 60, key: () => 'all', failOpen: true },
  )
  otp(): { sent: true } {
    return { sent: true };
  }

  @Get(':id')
  get(@Param('id') id: string): { id: string } {
    if (id === 'missing') throw new ProblemException({ status: 404, type: 'order-not-found', title: 'Order not found', detail: `No order ${id}.` });
    if (id === 'boom') throw new Error('secret internals at /srv/app/db.ts:42');
    return { id };
  }
}
