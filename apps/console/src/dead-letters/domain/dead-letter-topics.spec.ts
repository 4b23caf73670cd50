import { SERVICE_NAMES } from '@trustcircle/contracts';
import { deadLetterTopics, serviceOfDeadLetterTopic } from './dead-letter-topics';

describe('dead-letter topics', () => {
  it('are one per service, and each names the service that failed', () => {
    expect(deadLetterTopics()).toHaveLength(SERVICE_NAMES.length);
    expect(deadLetterTopics()).toContain('deadletter.delivery-tracking.v1');
    expect(deadLetterTopics().map(serviceOfDeadLetterTopic)).toEqual(SERVICE_NAMES);
  });

  it('are nothing else', () => {
    for (const topic of ['orders.events.v1', 'deadletter.warehouse.v1', 'deadletter.escrow.v2', 'deadletter.escrow.v1.x', 'Deadletter.escrow.v1']) {
      expect(serviceOfDeadLetterTopic(topic)).toBeUndefined();
    }
  });
});
