/** Every service's config schema (tools may see all apps). */
import type { ServiceName } from '@trustcircle/contracts';
import { DeliveryEnv } from '../../apps/delivery-tracking/src/config/delivery.env';
import { DisputesEnv } from '../../apps/disputes/src/config/disputes.env';
import { EscrowEnv } from '../../apps/escrow/src/config/escrow.env';
import { NotificationsEnv } from '../../apps/notifications/src/config/notifications.env';
import { OrdersEnv } from '../../apps/orders/src/config/orders.env';
import { ConsoleEnv } from '../../apps/console/src/config/console.env';

export const SERVICE_ENV_SCHEMAS: Record<ServiceName, new () => object> = {
  console: ConsoleEnv,
  orders: OrdersEnv,
  escrow: EscrowEnv,
  'delivery-tracking': DeliveryEnv,
  disputes: DisputesEnv,
  notifications: NotificationsEnv,
};
