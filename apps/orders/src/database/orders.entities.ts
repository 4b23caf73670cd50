import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { PARTNER_DIRECTORY_ENTITIES } from '@trustcircle/security';
import { ORDER_STATUS_ENTITIES } from '../order-status/order-status.entities';
import { OrderRecord } from '../orders/infrastructure/order.orm-entity';

/** Every TypeORM entity of the orders schema. */
export const ORDERS_ENTITIES = [...MESSAGING_ENTITIES, ...PARTNER_DIRECTORY_ENTITIES, OrderRecord, ...ORDER_STATUS_ENTITIES];
