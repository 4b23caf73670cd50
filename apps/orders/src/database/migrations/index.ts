import { MessagingAndDeadlines1795875712924 } from './1795875712924-MessagingAndDeadlines';
import { CreateOrders1795876173847 } from './1795876173847-CreateOrders';
import { PartnerDirectory1795876443891 } from './1795876443891-PartnerDirectory';
import { CreateOrderFacts1795879984633 } from './1795879984633-CreateOrderFacts';
import { AddCancellationRequests1795880054100 } from './1795880054100-AddCancellationRequests';

/** Every migration of the orders schema, oldest first. Migrations are never edited once merged. */
export const ORDERS_MIGRATIONS = [MessagingAndDeadlines1795875712924, CreateOrders1795876173847, PartnerDirectory1795876443891, CreateOrderFacts1795879984633, AddCancellationRequests1795880054100];
