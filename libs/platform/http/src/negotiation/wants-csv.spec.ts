import { wantsCsv } from './wants-csv';

describe('wantsCsv', () => {
  it('asks for CSV when text/csv is listed and not after JSON by q-value', () => {
    expect(['text/csv', 'text/csv, application/json;q=0.5', 'application/json;q=0.9, TEXT/CSV'].map(wantsCsv)).toEqual([true, true, true]);
    expect([undefined, '', 'application/json', '*/*', 'application/json, text/csv;q=0.5', 'text/csv;q=0'].map(wantsCsv)).toEqual([false, false, false, false, false, false]);
  });
});
