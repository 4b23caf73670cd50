import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** Path of `GET /v1/public/trust/courier/{id}`. */
export class CourierTrustParams {
  @ApiProperty({ format: 'uuid', description: 'The courier’s partner id.' })
  @IsUUID()
  id!: string;
}
