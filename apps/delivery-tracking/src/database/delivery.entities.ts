import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { PARTNER_DIRECTORY_ENTITIES } from '@trustcircle/security';
import { CourierNativeTokenRecord } from '../native/infrastructure/courier-native-token.orm-entity';
import { OrderCopyRecord } from '../shipments/infrastructure/order-copy.orm-entity';
import { ShipmentRecord } from '../shipments/infrastructure/shipment.orm-entity';
import { CheckpointRecord } from '../tracking/infrastructure/checkpoint.orm-entity';
import { ParkedCourierEventRecord } from '../tracking/infrastructure/parked-courier-event.orm-entity';
import { CourierTrustCodRemittanceRecord } from '../trust/infrastructure/courier-trust-cod-remittance.orm-entity';
import { CourierTrustDailyRecord } from '../trust/infrastructure/courier-trust-daily.orm-entity';
import { CourierTrustExceptionRecord } from '../trust/infrastructure/courier-trust-exception.orm-entity';
import { CourierTrustLabelRecord } from '../trust/infrastructure/courier-trust-label.orm-entity';
import { CourierTrustLatencyRecord } from '../trust/infrastructure/courier-trust-latency.orm-entity';

/** Every TypeORM entity of the delivery-tracking schema. */
export const DELIVERY_ENTITIES = [
  ...MESSAGING_ENTITIES,
  ...PARTNER_DIRECTORY_ENTITIES,
  OrderCopyRecord,
  ShipmentRecord,
  CheckpointRecord,
  ParkedCourierEventRecord,
  CourierNativeTokenRecord,
  CourierTrustDailyRecord,
  CourierTrustLatencyRecord,
  CourierTrustCodRemittanceRecord,
  CourierTrustExceptionRecord,
  CourierTrustLabelRecord,
];
