import { Body, Controller, Get, Headers, Logger, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import request from 'supertest';
import type { App } from 'supertest/types';
import { CorrelationContext } from '../correlation/correlation-context';
import { LoggingModule } from './logging.module';
import { useStructuredLogger } from './use-structured-logger';

const PHONE = '0901234567';
const PHONE_INTL = '+84987654321';
const BEARER = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.sig-abc123';
const OTP = '493817';
const API_KEY = 'mkp_live_k1_5f3c9a0d8e7b6a5c4d3e2f1a';
const PASSWORD = 'Tr0ub4dor&3';

@Controller('v1/otp')
class OtpController {
  private readonly logger = new Logger(OtpController.name);

  constructor(private readonly pino: PinoLogger) {}

  @Post('verify')
  verify(@Body() body: Record<string, unknown>, @Headers() headers: Record<string, string>): { correlationId: string | undefined } {
    // Deliberately careless logging: everything the client sent.
    this.logger.log(`verifying OTP for ${String(body.phone)} (alt ${PHONE_INTL})`);
    this.logger.log({ msg: 'request received', body, headers });
    this.pino.info({ body }, 'pino direct %s', String(body.phone));
    this.logger.error(new Error(`OTP ${String(body.otp)} rejected for ${String(body.phone)}`));
    return { correlationId: CorrelationContext.current()?.correlationId };
  }

  @Get('ping')
  ping(): string {
    return 'pong';
  }
}

@Module({ imports: [], controllers: [OtpController] })
class FeatureModule {}

describe('LoggingModule (real Nest app, captured pino output)', () => {
  const lines: string[] = [];
  let app: INestApplication;
  let server: App;

  beforeAll(async () => {
    @Module({
      imports: [LoggingModule.forRoot({ service: 'test-logging', level: 'debug', stream: { write: (line: string) => void lines.push(line) } }), FeatureModule],
    })
    class AppModule {}
    app = await NestFactory.create(AppModule, { bufferLogs: true });
    expect(useStructuredLogger(app)).toBe(true);
    await app.init();
    server = app.getHttpServer() as App;
  });
  afterAll(() => app.close());

  const parsed = (): Array<Record<string, unknown>> => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

  it('never writes a phone number, a bearer token, an API key, a password or an OTP', async () => {
    lines.length = 0;
    const res = await request(server)
      .post(`/v1/otp/verify?phone=${encodeURIComponent(PHONE_INTL)}&token=${BEARER}`)
      .set('authorization', `Bearer ${BEARER}`)
      .set('x-api-key', API_KEY)
      .set('cookie', `session=${BEARER}`)
      .set('x-buyer-phone', PHONE)
      .send({ phone: PHONE, otp: OTP, code: OTP, password: PASSWORD, clientSecret: API_KEY });
    expect(res.status).toBe(201);
    await settle();

    const output = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const secret of [PHONE, PHONE_INTL, '84987654321', '987654321', '901234567', BEARER, 'c2VjcmV0LXBheWxvYWQ', OTP, API_KEY, PASSWORD]) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('090****567');
    expect(output).toContain('+8498****321');
    expect(output).toContain('[REDACTED]');
  });

  it('writes JSON lines with the service, a string level and the correlation id of the request', async () => {
    lines.length = 0;
    const res = await request(server).post('/v1/otp/verify').set('x-correlation-id', 'corr-abc-1').send({ phone: PHONE });
    await settle();
    expect(res.headers['x-correlation-id']).toBe('corr-abc-1');
    expect(res.body).toEqual({ correlationId: 'corr-abc-1' });
    const entries = parsed();
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const entry of entries) {
      expect(entry).toMatchObject({ service: 'test-logging', correlationId: 'corr-abc-1' });
      expect(typeof entry.level).toBe('string');
      expect(lineOf(entry).match(/"correlationId"/g)).toHaveLength(1);
    }
    expect(entries.some((e) => e.msg === 'request completed' && (e.res as { statusCode: number }).statusCode === 201)).toBe(true);
  });

  it('accepts x-request-id, generates a UUID otherwise, and refuses unsafe ids', async () => {
    const fromRequestId = await request(server).get('/v1/otp/ping').set('x-request-id', 'lb-42');
    expect(fromRequestId.headers['x-correlation-id']).toBe('lb-42');
    const generated = await request(server).get('/v1/otp/ping');
    expect(generated.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    const forged = await request(server).get('/v1/otp/ping').set('x-correlation-id', 'x" {"level":"fatal"}');
    expect(forged.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stamps lines written outside requests inside a CorrelationContext (Kafka handlers)', async () => {
    lines.length = 0;
    const logger = new Logger('Consumer');
    await CorrelationContext.run({ correlationId: 'corr-evt', causationId: 'evt-1' }, async () => {
      await Promise.resolve();
      logger.log(`handled event for ${PHONE}`);
    });
    logger.log('outside any context');
    await settle();
    const [inside, outside] = parsed();
    expect(inside).toMatchObject({ correlationId: 'corr-evt', causationId: 'evt-1', msg: 'handled event for 090****567' });
    expect(outside).not.toHaveProperty('correlationId');
  });
});

function lineOf(entry: Record<string, unknown>): string {
  return JSON.stringify(entry);
}

/** pino writes synchronously to our stream; the completion line waits for the response 'finish'. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}
