import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `GET /v1/documents?orderId=`. */
export class ListDocumentsQueryParams {
  @ApiProperty({ format: 'uuid', description: 'The order whose documents (its chain) to list.' })
  @IsUUID()
  orderId!: string;
}
