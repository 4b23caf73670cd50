import { CorrelationContext } from './correlation-context';
import { outgoingTraceHeaders } from './trace-headers';

describe(outgoingTraceHeaders.name, () => {
  it('carries the current correlation and causation ids', () => {
    const headers = CorrelationContext.run({ correlationId: 'req-1', causationId: 'event-9' }, () => outgoingTraceHeaders());
    expect(headers).toEqual({ 'x-correlation-id': 'req-1', 'x-causation-id': 'event-9' });
  });

  it('omits a missing causation, and everything outside a context', () => {
    expect(CorrelationContext.run({ correlationId: 'req-2', causationId: null }, () => outgoingTraceHeaders())).toEqual({ 'x-correlation-id': 'req-2' });
    expect(outgoingTraceHeaders()).toEqual({});
  });
});
