import { NestFactory } from '@nestjs/core';
import { buyerOtpSms } from '../buyer-otp/domain/buyer-otp-sms';
import { smsEncoding } from './domain/sms-encoding';
import { checkTemplateFile } from './engine/template-check';
import { HandlebarsTemplateRenderer, UnknownTemplateError } from './handlebars-template-renderer';
import { renderTemplate } from './render-template';
import { TEMPLATE_CATALOGUE, templateCatalogue, type TemplateId } from './template-catalogue';
import type { TemplateFile } from './template-file';
import { TEMPLATE_RENDERER, type TemplateRenderer } from './template-renderer';
import { TemplateDataError } from './template-variables';
import { TemplatesModule } from './templates.module';

const renderer = new HandlebarsTemplateRenderer();
const buyer = { orderCode: 'TC-7KQ4-M2XD', portalUrl: 'https://trustcircle.vn' };
const delivered = { ...buyer, endsAt: '2026-12-03T14:30:00.000Z' };

/** One valid data set per template (every enum's first value), to render everything. */
const SAMPLE: Record<string, unknown> = {
  ...buyer,
  totalAmount: 1_235_000,
  paymentReference: 'TC7KQ4M2XD',
  paymentExpiresAt: '2026-11-29T14:30:00.000Z',
  heldAmount: 1_235_000n,
  trackingNumber: 'GHN5KX82QF',
  endsAt: '2026-12-03T14:30:00.000Z',
  merchantResponseDueAt: '2026-12-01T14:30:00.000Z',
  amount: 500_000,
  buyerDueAt: '2026-12-02T14:30:00.000Z',
  mediatorDueAt: '2026-12-05T14:30:00.000Z',
  refundAmount: 500_000,
  dueAt: '2026-12-03T14:30:00.000Z',
  otp: '049381',
  validMinutes: 5,
  disputeId: 'd0c5c7e2-3f7a-4f51-9a39-5d0f2b7c1e11',
  requestedAmount: 500_000,
  feeAmount: 24_700,
  sellerAmount: 1_210_300,
  partnerReference: 'FT26335ABC12',
  paidOutAt: '2026-12-04T03:15:00.000Z',
  alertId: '7b1e0f0a-9c1d-4e55-8a57-0d2f3c4b5a69',
  code: 'LEDGER_CHECK_FAILED',
  message: 'Ledger check failed: 3 accounts off.',
  service: 'escrow',
  orderId: null,
  raisedAt: '2026-11-30T14:30:00.000Z',
};

/** Every combination of the template's enum values, on top of SAMPLE. */
function variants(file: TemplateFile): Array<Record<string, unknown>> {
  let all: Array<Record<string, unknown>> = [{}];
  for (const [name, kind] of Object.entries(file.variables)) {
    if (typeof kind === 'string') continue;
    all = all.flatMap((v) => kind.map((value) => ({ ...v, [name]: value })));
  }
  return all.map((v) => ({ ...SAMPLE, reason: file.variables['reason'] === 'text' ? 'Hộp bị móp.' : SAMPLE['reason'], ...v }));
}

describe(HandlebarsTemplateRenderer.name, () => {
  describe('the catalogue', () => {
    it('lists the 21 templates at version 1, keyed by their own id, each passing the boot checks', () => {
      const rows = templateCatalogue();
      expect(rows.map((r) => r.ref)).toEqual([
        'order-placed@1',
        'escrow-funded@1',
        'shipped@1',
        'delivered@1',
        'dispute-opened@1',
        'dispute-offer-made@1',
        'dispute-merchant-rejected@1',
        'dispute-escalated@1',
        'dispute-decided@1',
        'dispute-resolved@1',
        'dispute-deadline-reminder@1',
        'refunded@1',
        'refund-destination-required@1',
        'released@1',
        'buyer-otp@1',
        'marketplace-dispute-opened@1',
        'marketplace-dispute-deadline@1',
        'marketplace-dispute-decided@1',
        'marketplace-released@1',
        'marketplace-paid-out@1',
        'operator-alert@1',
      ]);
      for (const [id, file] of Object.entries(TEMPLATE_CATALOGUE)) {
        expect(file.id).toBe(id);
        expect(() => checkTemplateFile(file)).not.toThrow();
      }
    });

    it('gives buyers SMS, Zalo and email (the one-time code: SMS only), marketplaces email, operators SMS and email', () => {
      for (const row of templateCatalogue()) {
        const expected = row.id === 'buyer-otp' ? ['SMS'] : row.audience === 'BUYER' ? ['SMS', 'ZALO', 'EMAIL'] : row.audience === 'MARKETPLACE' ? ['EMAIL'] : ['SMS', 'EMAIL'];
        expect([row.id, row.channels]).toEqual([row.id, expected]);
      }
    });

    it('declares the variables each template needs (the typed data map)', () => {
      expect(TEMPLATE_CATALOGUE['order-placed'].variables).toEqual({
        orderCode: 'text',
        portalUrl: 'url',
        totalAmount: 'vnd',
        paymentMethod: ['PREPAID', 'COD'],
        paymentReference: 'text',
        paymentExpiresAt: 'time?',
      });
      expect(TEMPLATE_CATALOGUE['delivered'].variables).toEqual({ orderCode: 'text', portalUrl: 'url', endsAt: 'time' });
    });
  });

  describe('refuses', () => {
    it('an unknown template', () => {
      expect(() => renderer.render('order-shipped', 'SMS', 'vi', delivered)).toThrow(UnknownTemplateError);
      expect(() => renderer.render('order-shipped', 'SMS', 'vi', delivered)).toThrow('unknown template "order-shipped"');
    });

    it('a channel or a language the template does not have', () => {
      expect(() => renderer.render('buyer-otp', 'EMAIL', 'vi', SAMPLE)).toThrow('template buyer-otp@1 has no EMAIL version (it has SMS)');
      expect(() => renderer.render('buyer-otp', 'ZALO', 'vi', SAMPLE)).toThrow('template buyer-otp@1 has no ZALO version (it has SMS)');
      expect(() => renderer.render('delivered', 'SMS', 'fr' as 'vi', delivered)).toThrow('template delivered@1 has no "fr" version (vi, en)');
    });

    it('a missing variable, naming it, even one only tested in a condition', () => {
      const { endsAt: _, ...noEnd } = delivered;
      expect(() => renderer.render('delivered', 'SMS', 'vi', noEnd)).toThrow(new TemplateDataError('delivered@1', 'endsAt', 'is missing'));
      expect(() => renderer.render('delivered', 'SMS', 'vi', { ...delivered, endsAt: undefined })).toThrow('template delivered@1: variable "endsAt" is missing');
      const placed = { ...buyer, totalAmount: 1_235_000, paymentMethod: 'PREPAID', paymentReference: 'TC7KQ4M2XD' };
      expect(() => renderer.render('order-placed', 'SMS', 'vi', placed)).toThrow('template order-placed@1: variable "paymentExpiresAt" is missing');
    });

    it('a variable of the wrong kind', () => {
      expect(() => renderer.render('delivered', 'SMS', 'vi', { ...delivered, endsAt: null })).toThrow('template delivered@1: variable "endsAt" is null');
      expect(() => renderer.render('delivered', 'SMS', 'vi', { ...delivered, endsAt: '03/12/2026' })).toThrow('variable "endsAt" must be a Date or an ISO-8601 instant with its zone');
      expect(() => renderer.render('refunded', 'SMS', 'vi', { ...buyer, amount: 1_235_000.5 })).toThrow('variable "amount" must be a whole VND amount (bigint or safe integer, not negative)');
      expect(() => renderer.render('refunded', 'SMS', 'vi', { ...buyer, amount: '1235000' })).toThrow('variable "amount" must be a whole VND amount');
      expect(() => renderer.render('refunded', 'SMS', 'vi', { ...buyer, amount: -1n })).toThrow('variable "amount" must be a whole VND amount');
      expect(() => renderer.render('delivered', 'SMS', 'vi', { ...delivered, portalUrl: 'trustcircle.vn' })).toThrow('variable "portalUrl" must be an http(s) URL');
      expect(() => renderer.render('dispute-resolved', 'SMS', 'vi', { ...buyer, outcome: 'REFUND', refundAmount: 0 })).toThrow(
        'variable "outcome" must be one of REFUND_FULL, REFUND_PARTIAL, RELEASE_TO_SELLER, RETURN_AND_REFUND',
      );
      expect(() => renderer.render('buyer-otp', 'SMS', 'vi', { orderCode: 'TC-7KQ4-M2XD', otp: '049381', validMinutes: '5' })).toThrow('variable "validMinutes" must be a safe integer');
      expect(() => renderer.render('delivered', 'SMS', 'vi', { ...delivered, unaccentedSms: 'yes' })).toThrow('unaccentedSms must be a boolean');
    });

    it('a REFUND_PARTIAL decision without its amount (the amount is only nullable for the other outcomes)', () => {
      expect(() => renderer.render('dispute-decided', 'SMS', 'vi', { ...buyer, outcome: 'REFUND_PARTIAL', amount: null, reason: 'x' })).toThrow('not a VND amount: null');
      expect(renderer.render('dispute-decided', 'SMS', 'vi', { ...buyer, outcome: 'REFUND_FULL', amount: null, reason: 'x' }).text).toContain('hoàn toàn bộ tiền cho bạn');
    });

    it('at boot, a template that does not pass the checks', () => {
      const broken = { ...TEMPLATE_CATALOGUE.released, sms: { vi: 'Đơn {{orderCode}} {{amount}} {{lookupUrl portalUrl}}', en: 'Order {{orderCode}} {{lookupUrl portalUrl}}' } };
      expect(() => new HandlebarsTemplateRenderer([broken])).toThrow('template released@1: sms (vi): uses "amount", which is not a declared variable');
      expect(() => new HandlebarsTemplateRenderer([TEMPLATE_CATALOGUE.released, TEMPLATE_CATALOGUE.released])).toThrow('template released is registered twice');
    });
  });

  it('ignores data the template does not use (the pipeline passes the whole event)', () => {
    expect(renderer.render('delivered', 'SMS', 'vi', { ...delivered, escrowId: 'e-1', inspectionDays: 3, lookupUrl: 'https://elsewhere.example/o/1' }).text).toBe(
      'TrustCircle: Đơn TC-7KQ4-M2XD đã giao. Nếu có vấn đề, hãy khiếu nại trước 21:30 03/12/2026. Tra cứu: https://trustcircle.vn/tra-cuu',
    );
  });

  it('takes amounts as bigint or safe integers, and times as Date or ISO strings, to the same text', () => {
    const a = renderer.render('dispute-offer-made', 'SMS', 'vi', { ...buyer, amount: 500_000, buyerDueAt: '2026-12-02T17:00:00.000Z' });
    const b = renderer.render('dispute-offer-made', 'SMS', 'vi', { ...buyer, amount: 500_000n, buyerDueAt: new Date('2026-12-02T17:00:00.000Z') });
    expect(b).toEqual(a);
    expect(a.text).toContain('hoàn 500.000 ₫, hạn trả lời 00:00 03/12/2026.');
  });

  describe('keeps the walking skeleton wording', () => {
    const order = { totalAmount: 1_235_000, paymentReference: 'TC7KQ4M2XD' };
    it.each([
      ['PREPAID', '2026-11-29T14:30:00.000Z', 'https://trustcircle.vn/', 'TrustCircle: Đơn hàng TC-7KQ4-M2XD đã được đặt. Vui lòng thanh toán 1.235.000 ₫ (mã TC7KQ4M2XD) trước 21:30 29/11/2026. Tra cứu: https://trustcircle.vn/tra-cuu'],
      ['PREPAID', null, 'https://trustcircle.vn', 'TrustCircle: Đơn hàng TC-7KQ4-M2XD đã được đặt. Vui lòng thanh toán 1.235.000 ₫ (mã TC7KQ4M2XD). Tra cứu: https://trustcircle.vn/tra-cuu'],
      ['COD', null, 'http://localhost:3000', 'TrustCircle: Đơn hàng TC-7KQ4-M2XD đã được đặt, thanh toán 1.235.000 ₫ khi nhận hàng. Tra cứu: http://localhost:3000/tra-cuu'],
    ] as const)('order-placed %s (deadline %s)', (paymentMethod, paymentExpiresAt, portalUrl, legacy) => {
      const data = { orderCode: 'TC-7KQ4-M2XD', portalUrl, paymentMethod, paymentExpiresAt, ...order };
      expect(renderer.render('order-placed', 'SMS', 'vi', data).text).toBe(legacy);
    });

    it('buyer-otp, in clear and masked', () => {
      expect(renderer.render('buyer-otp', 'SMS', 'vi', { orderCode: 'TC-7KQ4-M2XD', otp: '049381', validMinutes: 5 }).text).toBe(buyerOtpSms('TC-7KQ4-M2XD', '049381', 5));
      expect(renderer.render('buyer-otp', 'SMS', 'vi', { orderCode: 'TC-7KQ4-M2XD', otp: '******', validMinutes: 5 }).text).toBe(
        'TrustCircle: Mã xác thực đơn hàng TC-7KQ4-M2XD của bạn là ******, hiệu lực 5 phút. Không chia sẻ mã này.',
      );
    });
  });

  describe('Zalo', () => {
    it('is the SMS text with its diacritics, never unaccented, with no SMS encoding report', () => {
      expect(renderer.render('delivered', 'ZALO', 'vi', { ...delivered, unaccentedSms: true })).toEqual({
        template: 'delivered@1',
        text: 'TrustCircle: Đơn TC-7KQ4-M2XD đã giao. Nếu có vấn đề, hãy khiếu nại trước 21:30 03/12/2026. Tra cứu: https://trustcircle.vn/tra-cuu',
      });
    });
  });

  describe('the unaccented SMS option (per marketplace)', () => {
    it('sends Vietnamese without diacritics and VND for ₫: GSM-7, one segment', () => {
      expect(renderer.render('escrow-funded', 'SMS', 'vi', { ...buyer, heldAmount: 1_235_000, source: 'PREPAID', unaccentedSms: true })).toEqual({
        template: 'escrow-funded@1',
        text: 'TrustCircle: Da nhan 1.235.000 VND cho don TC-7KQ4-M2XD. Tien duoc giu den khi ban nhan hang. Tra cuu: https://trustcircle.vn/tra-cuu',
        sms: { encoding: 'GSM-7', units: 133, segments: 1 },
      });
      expect(renderer.render('order-placed', 'SMS', 'vi', { ...SAMPLE, paymentMethod: 'PREPAID', unaccentedSms: true })).toEqual({
        template: 'order-placed@1',
        text: 'TrustCircle: Don hang TC-7KQ4-M2XD da duoc dat. Vui long thanh toan 1.235.000 VND (ma TC7KQ4M2XD) truoc 21:30 29/11/2026. Tra cuu: https://trustcircle.vn/tra-cuu',
        sms: { encoding: 'GSM-7', units: 161, segments: 2 },
      });
      expect(renderer.render('buyer-otp', 'SMS', 'vi', { orderCode: 'TC-7KQ4-M2XD', otp: '049381', validMinutes: 5, unaccentedSms: true }).text).toBe(
        'TrustCircle: Ma xac thuc don hang TC-7KQ4-M2XD cua ban la 049381, hieu luc 5 phut. Khong chia se ma nay.',
      );
    });

    it('is off by default and when false', () => {
      expect(renderer.render('released', 'SMS', 'vi', { ...buyer, unaccentedSms: false }).sms).toEqual({ encoding: 'UCS-2', units: 129, segments: 2 });
    });

    it('leaves email alone', () => {
      expect(renderer.render('released', 'EMAIL', 'vi', { ...buyer, unaccentedSms: true }).text).toContain('Đơn hàng TC-7KQ4-M2XD đã hoàn tất: TrustCircle đã chuyển tiền cho người bán.');
    });

    it('makes every SMS of every template GSM-7, in every branch, in both languages', () => {
      let checked = 0;
      for (const file of Object.values(TEMPLATE_CATALOGUE) as TemplateFile[]) {
        if (!file.channels.includes('SMS')) continue;
        for (const data of variants(file)) {
          for (const locale of ['vi', 'en'] as const) {
            const m = renderer.render(file.id, 'SMS', locale, { ...data, unaccentedSms: true }) as { text: string; sms: unknown };
            expect([file.id, locale, m.sms]).toEqual([file.id, locale, { ...smsEncoding(m.text), encoding: 'GSM-7' }]);
            checked++;
          }
        }
      }
      expect(checked).toBe(60); // 30 branches with an SMS × 2 languages
    });
  });

  it('renders every template, in every branch, channel and language, with the data the catalogue declares', () => {
    let rendered = 0;
    for (const file of Object.values(TEMPLATE_CATALOGUE) as TemplateFile[]) {
      for (const data of variants(file)) {
        for (const channel of file.channels) {
          for (const locale of ['vi', 'en'] as const) {
            const m = renderer.render(file.id, channel, locale, data);
            expect(m.template).toBe(`${file.id}@1`);
            expect(m.text).not.toMatch(/\{\{|\}\}|undefined|null|NaN|\[object/);
            if (file.audience === 'BUYER') expect(m.text).toContain('TC-7KQ4-M2XD');
            rendered++;
          }
        }
      }
    }
    expect(rendered).toBe(226); // buyers 26 branches × 3 channels × 2, otp 2, marketplaces 28 × 2, operators 3 × 2 × 2
  });

  it('checks the data at compile time through renderTemplate', () => {
    const m = renderTemplate(renderer, 'delivered', 'SMS', 'en', { ...delivered, unaccentedSms: true });
    expect(m.text).toBe('TrustCircle: Order TC-7KQ4-M2XD was delivered. If anything is wrong, complain before 21:30 03/12/2026. Details: https://trustcircle.vn/tra-cuu');
    // @ts-expect-error endsAt is missing
    expect(() => renderTemplate(renderer, 'delivered', 'SMS', 'en', buyer)).toThrow('variable "endsAt" is missing');
    // @ts-expect-error marketplace templates have no SMS version
    expect(() => renderTemplate(renderer, 'marketplace-released', 'SMS', 'vi', { orderCode: 'x', amount: 1, feeAmount: 0, sellerAmount: 1 })).toThrow(UnknownTemplateError);
    // @ts-expect-error not an outcome
    expect(() => renderTemplate(renderer, 'dispute-resolved', 'SMS', 'vi', { ...buyer, outcome: 'REFUND', refundAmount: 1 })).toThrow(TemplateDataError);
    const id: TemplateId = 'released';
    expect(renderTemplate(renderer, id, 'SMS', 'vi', buyer).template).toBe('released@1');
  });
});

describe(TemplatesModule.name, () => {
  it('provides and exports the TEMPLATE_RENDERER, built once at boot', async () => {
    const app = await NestFactory.createApplicationContext(TemplatesModule, { logger: false });
    try {
      const provided = app.get<TemplateRenderer>(TEMPLATE_RENDERER);
      expect(provided).toBeInstanceOf(HandlebarsTemplateRenderer);
      expect(app.get(TEMPLATE_RENDERER)).toBe(provided);
      expect(provided.render('released', 'SMS', 'en', buyer).text).toBe(
        'TrustCircle: Order TC-7KQ4-M2XD is complete; the money was released to the seller. Thank you! Details: https://trustcircle.vn/tra-cuu',
      );
    } finally {
      await app.close();
    }
  });
});
