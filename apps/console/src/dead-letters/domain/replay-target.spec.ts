import { replayTargetOf } from './replay-target';

describe('where a dead letter is replayed', () => {
  it('is its original topic and partition, when the platform declares them', () => {
    expect(replayTargetOf('orders.events.v1', 5)).toEqual({ topic: 'orders.events.v1', partition: 5 });
    expect(replayTargetOf('delivery.courier-intake.v1', 0)).toEqual({ topic: 'delivery.courier-intake.v1', partition: 0 });
  });

  it('is nowhere for an unknown origin, a dead-letter topic, or a partition the topic has not', () => {
    expect(replayTargetOf(null, 1)).toHaveProperty('refused');
    expect(replayTargetOf('orders.events.v1', null)).toHaveProperty('refused');
    expect(replayTargetOf('deadletter.escrow.v1', 0)).toHaveProperty('refused');
    expect(replayTargetOf('somewhere.else.v1', 0)).toHaveProperty('refused');
    expect(replayTargetOf('orders.events.v1', 6)).toEqual({ refused: 'The topic orders.events.v1 has no partition 6.' });
  });
});
