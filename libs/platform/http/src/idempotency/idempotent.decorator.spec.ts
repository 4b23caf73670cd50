import { HttpCode, Post } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { HandlerExecution } from './handler-execution';
import { IDEMPOTENT_METADATA, Idempotent } from './idempotent.decorator';

class Controller {
  @Idempotent({ required: true })
  @Post('orders')
  @HttpCode(202)
  create(value: number): number {
    return value * 2;
  }

  @Post('after')
  @Idempotent()
  other(): string {
    return 'ok';
  }
}

describe(Idempotent.name, () => {
  const handler = Controller.prototype.create;

  it('keeps route metadata set before and after it, and adds its own', () => {
    expect(Reflect.getMetadata(PATH_METADATA, handler)).toBe('orders');
    expect(Reflect.getMetadata(METHOD_METADATA, handler)).toBeDefined();
    expect(Reflect.getMetadata(HTTP_CODE_METADATA, handler)).toBe(202);
    expect(Reflect.getMetadata(IDEMPOTENT_METADATA, handler)).toEqual({ required: true });
    expect(Reflect.getMetadata(PATH_METADATA, Controller.prototype.other)).toBe('after');
    expect(handler.name).toBe('create');
  });

  it('marks the handler as begun when it is called, and still returns its result', () => {
    const state = { began: false };
    const result = HandlerExecution.run(state, () => new Controller().create(21));
    expect(result).toBe(42);
    expect(state.began).toBe(true);
    expect(new Controller().create(1)).toBe(2); // outside any tracking: a plain call
  });
});
