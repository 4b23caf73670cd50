import { ApiProperty } from '@nestjs/swagger';
import { OPERATOR_ROLES, type OperatorRole } from '@trustcircle/security';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Body of `POST /v1/admin/operators`. */
export class CreateOperatorDto {
  @ApiProperty({ description: 'Unique, case-insensitively (1–100 characters).', example: 'nguyen.lan' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: OPERATOR_ROLES, description: 'viewer < mediator < admin: each can do what the weaker can.', example: 'mediator' })
  @IsIn(OPERATOR_ROLES)
  role!: OperatorRole;
}

/** An operator. */
export class OperatorViewDto {
  @ApiProperty({ example: '3f1d2c4b-5a69-4788-9c0b-1d2e3f4a5b6c' }) id!: string;
  @ApiProperty({ example: 'nguyen.lan' }) name!: string;
  @ApiProperty({ enum: OPERATOR_ROLES, example: 'mediator' }) role!: string;
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'], example: 'ACTIVE' }) status!: string;
  @ApiProperty({ example: '2025-03-01T08:00:00.000Z' }) createdAt!: string;
}
