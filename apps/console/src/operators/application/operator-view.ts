import type { OperatorRole } from '@trustcircle/security';
import type { OperatorRecord, OperatorStatus } from '../infrastructure/operator.orm-entity';

/** An operator as the admin API shows it. */
export interface OperatorView {
  id: string;
  name: string;
  role: OperatorRole;
  status: OperatorStatus;
  createdAt: string;
}

export function toOperatorView(o: OperatorRecord): OperatorView {
  return { id: o.id, name: o.name, role: o.role, status: o.status, createdAt: o.createdAt.toISOString() };
}
