import type { OperatorRole } from '@trustcircle/security';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type OperatorStatus = 'ACTIVE' | 'DISABLED';

/** A platform operator (viewer < mediator < admin). Names are unique, case-insensitively. */
@Entity({ name: 'operators' })
export class OperatorRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  role!: OperatorRole;

  @Column('text')
  status!: OperatorStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
