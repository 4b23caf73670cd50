import type { DeskPage } from '../desk-routes';
import { type OperatorRole, roleAtLeast } from '../session/operator-role';
import { consolePaths } from './console-paths';

/** A link of the console's navigation. */
export interface ConsoleNavLink {
  to: string;
  label: string;
  /** Active on this path only (not on the pages under it). */
  end: boolean;
}

/** The navigation of an operator of `role`: Overview, Orders, then the desks with a `nav` label the role may see. */
export function consoleNavLinks(role: OperatorRole, desks: readonly DeskPage[]): ConsoleNavLink[] {
  return [
    { to: consolePaths.overview(), label: 'Overview', end: true },
    { to: consolePaths.orders(), label: 'Orders', end: false },
    ...desks.flatMap((d) => (d.nav && roleAtLeast(role, d.nav.minRole) ? [{ to: d.path, label: d.nav.label, end: false }] : [])),
  ];
}

/** How a role reads in the console. */
export function roleLabel(role: OperatorRole): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
