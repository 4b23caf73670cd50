import { symbols, type Logger } from 'pino';
import { CorrelationContext } from '../correlation/correlation-context';

/**
 * pino `mixin`: adds the current {@link CorrelationContext} ids to every line. Request loggers already carry
 * `correlationId` as a binding, so it is only added when the logger has none (no duplicate keys).
 */
export function correlationMixin(_object: object, _level: number, logger: Logger): object {
  const ids = CorrelationContext.current();
  if (!ids) return {};
  const bindings: unknown = Reflect.get(logger, symbols.chindingsSym);
  const mixed: Record<string, string> = {};
  if (typeof bindings !== 'string' || !bindings.includes('"correlationId":')) mixed.correlationId = ids.correlationId;
  if (ids.causationId) mixed.causationId = ids.causationId;
  return mixed;
}
