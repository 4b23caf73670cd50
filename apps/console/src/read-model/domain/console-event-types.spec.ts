import { EVENT_CATALOGUE, EVENT_TYPES } from '@trustcircle/contracts';
import { CONSOLE_EVENT_TYPES } from './console-event-types';

describe('the events the console consumes', () => {
  it('are exactly those whose catalogue entry lists the console among its consumers, in catalogue order', () => {
    const listed = EVENT_TYPES.filter((t) => (EVENT_CATALOGUE[t].consumers as readonly string[]).includes('console'));
    expect([...CONSOLE_EVENT_TYPES]).toEqual(listed);
  });

  it('never include the buyer one-time code or the partner directory', () => {
    expect(CONSOLE_EVENT_TYPES).not.toContain('orders.buyer-otp-requested');
    expect(CONSOLE_EVENT_TYPES.some((t) => t.startsWith('partners.'))).toBe(false);
  });
});
