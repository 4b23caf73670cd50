import { ProblemException } from '../problem/problem.exception';
import { bodyParserProblem } from './body-parser-errors';

const parserError = (type: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(`raw ${type} {"phone":"0901234567"`), { type, ...extra });

describe(bodyParserProblem.name, () => {
  it('maps invalid JSON to 400 malformed-json without echoing the parser message', () => {
    const problem = bodyParserProblem(parserError('entity.parse.failed'));
    expect(problem).toBeInstanceOf(ProblemException);
    expect(problem?.problem).toMatchObject({ status: 400, type: 'malformed-json' });
    expect(problem?.problem.detail).not.toContain('0901234567');
  });

  it('maps a too large body to 413 with the limit', () => {
    expect(bodyParserProblem(parserError('entity.too.large', { limit: 1_048_576 }))?.problem).toMatchObject({
      status: 413,
      type: 'payload-too-large',
      detail: expect.stringContaining('1048576 bytes'),
    });
  });

  it('maps unsupported charsets to 415 and ignores other errors', () => {
    expect(bodyParserProblem(parserError('charset.unsupported'))?.problem.status).toBe(415);
    expect(bodyParserProblem(new Error('other'))).toBeUndefined();
    expect(bodyParserProblem('text')).toBeUndefined();
  });
});
