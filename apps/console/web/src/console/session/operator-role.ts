/** Operator roles, weakest first (the same order as the services' `OPERATOR_ROLES`). */
export const OPERATOR_ROLES = ['viewer', 'mediator', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** Whether an operator of `role` may do what needs `needed`. */
export function roleAtLeast(role: OperatorRole, needed: OperatorRole): boolean {
  return OPERATOR_ROLES.indexOf(role) >= OPERATOR_ROLES.indexOf(needed);
}
