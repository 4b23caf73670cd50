import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { NativeFormat } from '../domain/native-format';
import { NATIVE_COURIER_FORMAT, NativeCourierGuard } from './native-courier.guard';

/**
 * A courier's own (unsigned) webhook format: authenticated by the courier's native token and its IP allow-list
 * ({@link NativeCourierGuard}); sets `req.principal` to the courier.
 */
export function NativeCourierWebhook(format: NativeFormat): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(NATIVE_COURIER_FORMAT, format),
    UseGuards(NativeCourierGuard),
    ApiUnauthorizedResponse({ description: 'Unknown or inactive courier, or a missing or wrong native token (problem+json); logged for security, nothing stored.' }),
    ApiForbiddenResponse({ description: 'The peer address is outside the courier’s IP allow-list (problem+json); nothing stored.' }),
  );
}
