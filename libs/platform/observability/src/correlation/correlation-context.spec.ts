import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { CorrelationContext } from './correlation-context';
import { resolveCorrelationIds } from './resolve-correlation-id';

describe(CorrelationContext.name, () => {
  it('has no ids outside a context', () => {
    expect(CorrelationContext.current()).toBeUndefined();
  });

  it('carries ids through awaits and timers, and nests', async () => {
    const seen: unknown[] = [];
    await CorrelationContext.run({ correlationId: 'c1', causationId: null }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(CorrelationContext.current());
      await CorrelationContext.run({ correlationId: 'c1', causationId: 'evt-1' }, async () => {
        await Promise.resolve();
        seen.push(CorrelationContext.current());
      });
      seen.push(CorrelationContext.current());
    });
    expect(seen).toEqual([
      { correlationId: 'c1', causationId: null },
      { correlationId: 'c1', causationId: 'evt-1' },
      { correlationId: 'c1', causationId: null },
    ]);
  });

  it('keeps concurrent contexts apart and freezes the ids', async () => {
    const results = await Promise.all(
      ['a', 'b', 'c'].map((id) =>
        CorrelationContext.run({ correlationId: id, causationId: null }, async () => {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
          return CorrelationContext.current()?.correlationId;
        }),
      ),
    );
    expect(results).toEqual(['a', 'b', 'c']);
    CorrelationContext.run({ correlationId: 'x', causationId: null }, () => {
      expect(Object.isFrozen(CorrelationContext.current())).toBe(true);
    });
  });
});

describe(resolveCorrelationIds.name, () => {
  const requestWith = (headers: Record<string, string>): IncomingMessage => {
    const req = new IncomingMessage(new Socket());
    req.headers = headers;
    return req;
  };

  it('prefers x-correlation-id, then x-request-id, reads x-causation-id, echoes the id once and caches it', () => {
    const req = requestWith({ 'x-correlation-id': 'corr-1', 'x-request-id': 'req-1', 'x-causation-id': 'evt-9' });
    const res = new ServerResponse(req);
    expect(resolveCorrelationIds(req, res)).toEqual({ correlationId: 'corr-1', causationId: 'evt-9' });
    expect(res.getHeader('x-correlation-id')).toBe('corr-1');
    expect(resolveCorrelationIds(req)).toBe(resolveCorrelationIds(req));
    expect((req as IncomingMessage & { id?: unknown }).id).toBe('corr-1');
    expect(resolveCorrelationIds(requestWith({ 'x-request-id': 'req-2' })).correlationId).toBe('req-2');
  });

  it('generates a UUID when the header is missing or unsafe', () => {
    expect(resolveCorrelationIds(requestWith({})).correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(resolveCorrelationIds(requestWith({ 'x-correlation-id': 'a b' })).correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(resolveCorrelationIds(requestWith({ 'x-correlation-id': 'x'.repeat(129) })).correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(resolveCorrelationIds(requestWith({ 'x-causation-id': '"}' })).causationId).toBeNull();
  });
});
