/**
 * EVENT_CATALOGUE's `consumers` must be exactly what each service's `@HandlesEvent` handlers handle: Kafka ACLs
 * are generated from the catalogue, so a stale entry either grants a read a service never needs or denies one it
 * does. Fix the catalogue (libs/contracts/src/<domain>/<domain>.catalogue.ts), then `npm run -s catalogue`.
 */
import { allEventDefinitions, isEventType, SERVICE_NAMES, type ServiceName } from '@trustcircle/contracts';
import { compareConsumers, decoratedHandlerClasses, scanServiceHandlers, type ServiceHandlers } from './event-handlers';

const handled = scanServiceHandlers();
const catalogue = allEventDefinitions().map((d) => ({ type: d.type, consumers: [...d.consumers] }));

describe('catalogue consumers versus the code', () => {
  it('every service handles exactly the events the catalogue lists it as consuming', () => {
    expect(compareConsumers(catalogue, handled)).toEqual([]);
  });

  it('finds handlers in every service, each of a catalogued type, in the app or in a library module it imports', () => {
    for (const s of SERVICE_NAMES) {
      expect(handled[s].classes.length).toBeGreaterThan(0);
      expect(handled[s].eventTypes.filter((t) => !isEventType(t))).toEqual([]);
    }
    // Constants and spreads are resolved (the console and notifications decorate with `...CONSTANT`).
    expect(handled.console.classes.map((c) => c.className)).toContain('ProjectConsoleEvents');
    expect(handled.notifications.eventTypes).toContain('platform.operator-alert-raised');
    // Library handlers count for the services that import their module, not for the one that owns the events.
    expect(handled.escrow.eventTypes).toContain('partners.partner-upserted');
    expect(handled.console.eventTypes).not.toContain('partners.partner-upserted');
    expect(handled.orders.intakeTopics).toEqual(['orders.intake.v1']);
    expect(handled['delivery-tracking'].intakeTopics).toEqual(['delivery.courier-intake.v1']);
  });

  it('catches a consumer the catalogue lists but the code does not handle, and one the code handles but it omits', () => {
    const placed = catalogue.find((d) => d.type === 'orders.order-placed');
    const altered = catalogue.map((d) => (d === placed ? { ...d, consumers: [...d.consumers.filter((c) => c !== 'escrow'), 'orders'] } : d));
    expect(compareConsumers(altered, handled)).toEqual([
      { service: 'orders', eventType: 'orders.order-placed', problem: 'listed in the catalogue, not handled by the code' },
      { service: 'escrow', eventType: 'orders.order-placed', problem: 'handled by the code, not listed in the catalogue' },
    ]);
    const lessCode = { ...handled, disputes: { eventTypes: handled.disputes.eventTypes.filter((t) => t !== 'escrow.hold-accepted') } } as Record<ServiceName, Pick<ServiceHandlers, 'eventTypes'>>;
    expect(compareConsumers(catalogue, lessCode)).toEqual([
      { service: 'disputes', eventType: 'escrow.hold-accepted', problem: 'listed in the catalogue, not handled by the code' },
    ]);
  });

  it('reads the decorators however they are written', () => {
    const source = [
      "@Injectable() @HandlesEvent('a.b') export class One {}",
      '@Injectable()\n@HandlesEvent(\n  ...TYPES,\n)\nexport class Two {}',
      "@HandlesIntake('orders.intake.v1') export class Three {}",
      '@Injectable() export class NotAHandler {}',
    ].join('\n');
    expect(decoratedHandlerClasses(source)).toEqual(['One', 'Two', 'Three']);
  });
});
