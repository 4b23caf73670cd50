import { pino } from 'pino';
import { CorrelationContext } from '../correlation/correlation-context';
import { correlationMixin } from './correlation-mixin';

describe(correlationMixin.name, () => {
  const root = pino({ level: 'silent' });

  it('adds nothing outside a context', () => {
    expect(correlationMixin({}, 30, root)).toEqual({});
  });

  it('adds the ids of the context, but not a correlation id the logger is already bound to', () => {
    CorrelationContext.run({ correlationId: 'c1', causationId: 'e1' }, () => {
      expect(correlationMixin({}, 30, root)).toEqual({ correlationId: 'c1', causationId: 'e1' });
      expect(correlationMixin({}, 30, root.child({ correlationId: 'c1' }))).toEqual({ causationId: 'e1' });
    });
    CorrelationContext.run({ correlationId: 'c2', causationId: null }, () => {
      expect(correlationMixin({}, 30, root)).toEqual({ correlationId: 'c2' });
    });
  });
});
