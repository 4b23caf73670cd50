import { sampleEnvelope } from '@trustcircle/contracts';
import { changesOf } from '../domain/changes-of-event';
import { type ConsoleEvent, CONSOLE_EVENT_TYPES } from '../domain/console-event-types';
import { chain, TABLE_OF } from './read-model-writer';

describe('the read model writer', () => {
  it('chains statements into one, renumbering each one’s parameters after the previous ones’', () => {
    expect(
      chain(
        [
          { sql: 'INSERT INTO a VALUES ($1, $2, $1)', params: ['x', 'y'] },
          { sql: 'UPDATE b SET c = $2 WHERE d = $1 OR e = $10', params: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
        ],
        'SELECT 1',
      ),
    ).toEqual({
      sql: 'WITH "w0" AS (INSERT INTO a VALUES ($1, $2, $1)), "w1" AS (UPDATE b SET c = $4 WHERE d = $3 OR e = $12) SELECT 1',
      params: ['x', 'y', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    });
    expect(chain([], 'SELECT 1')).toEqual({ sql: 'SELECT 1', params: [] });
  });

  it('never has an event write one table twice (a CTE does not see another’s rows)', () => {
    for (const type of CONSOLE_EVENT_TYPES) {
      const tables = changesOf(sampleEnvelope(type) as ConsoleEvent, { mask: (p) => p, digest: (p) => p }).map((c) => TABLE_OF[c.kind]);
      expect({ type, tables }).toEqual({ type, tables: [...new Set(tables)] });
    }
  });
});
