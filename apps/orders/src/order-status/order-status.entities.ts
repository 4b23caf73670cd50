import { OrderFactRecord } from './infrastructure/order-fact.orm-entity';

/** The order-status feature's TypeORM entities. */
export const ORDER_STATUS_ENTITIES: Array<new () => object> = [OrderFactRecord];
