import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** `GET /v1/documents?orderId=`. */
export class ListDocumentsQueryParams {
  @ApiPropertyOptional({ format: 'uuid', description: 'The order whose documents (its chain) to list. Required, except with a buyer token (the buyer’s own order).' })
  @IsOptional()
  @IsUUID()
  orderId?: string;
}
