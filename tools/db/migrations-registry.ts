/**
 * Every service's migrations, for the migrate tool, the test global setup and `npm start`. Tools may see all
 * services; services never see each other.
 */
import type { ServiceName } from '@trustcircle/contracts';
import { CONSOLE_MIGRATIONS } from '../../apps/console/src/database/migrations';
import { DELIVERY_MIGRATIONS } from '../../apps/delivery-tracking/src/database/migrations';
import { DISPUTES_MIGRATIONS } from '../../apps/disputes/src/database/migrations';
import { ESCROW_MIGRATIONS } from '../../apps/escrow/src/database/migrations';
import { NOTIFICATIONS_MIGRATIONS } from '../../apps/notifications/src/database/migrations';
import { ORDERS_MIGRATIONS } from '../../apps/orders/src/database/migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Record<ServiceName, Function[]> = {
  console: CONSOLE_MIGRATIONS,
  orders: ORDERS_MIGRATIONS,
  escrow: ESCROW_MIGRATIONS,
  'delivery-tracking': DELIVERY_MIGRATIONS,
  disputes: DISPUTES_MIGRATIONS,
  notifications: NOTIFICATIONS_MIGRATIONS,
};
