import type { PartnerKind } from '@trustcircle/contracts';
import { type CodCollectionRefusal, codCollectionRefusal, DEFAULT_PARTNER_SETTINGS, mergeSettings, settingsProblem } from './partner-settings';

const PAYMENT_PARTNER_ID = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98';

describe('partner settings', () => {
  it('defaults to inspection 3 days, ship-by 5 days, unpaid expiry 24 h and a 200 bps fee, valid against the contract', () => {
    expect(DEFAULT_PARTNER_SETTINGS).toMatchObject({ inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24, platformFeeBps: 200 });
    expect(settingsProblem({ ...DEFAULT_PARTNER_SETTINGS, ipAllowList: [] })).toBeUndefined();
  });

  it('changes only the fields given', () => {
    const merged = mergeSettings(DEFAULT_PARTNER_SETTINGS, { inspectionDays: 7, shipByDays: undefined, ipAllowList: ['203.0.113.0/24'] });
    expect(merged).toEqual({ ...DEFAULT_PARTNER_SETTINGS, inspectionDays: 7, ipAllowList: ['203.0.113.0/24'] });
    expect(DEFAULT_PARTNER_SETTINGS.ipAllowList).toEqual([]);
  });

  it('names the fields that break the contract', () => {
    expect(settingsProblem(mergeSettings(DEFAULT_PARTNER_SETTINGS, { inspectionDays: 31, ipAllowList: ['nope'] }))).toMatch(/settings\.inspectionDays.*settings\.ipAllowList/);
  });

  describe('a courier’s COD collection partner', () => {
    const courier = { ...DEFAULT_PARTNER_SETTINGS, ipAllowList: [], codCollectionPartnerId: PAYMENT_PARTNER_ID };

    it('is absent by default (none), set when given, kept when left out, cleared by null', () => {
      expect(DEFAULT_PARTNER_SETTINGS).not.toHaveProperty('codCollectionPartnerId');
      expect(mergeSettings(DEFAULT_PARTNER_SETTINGS, { codCollectionPartnerId: PAYMENT_PARTNER_ID })).toEqual(courier);
      expect(mergeSettings(courier, { ipAllowList: ['203.0.113.0/24'] })).toEqual({ ...courier, ipAllowList: ['203.0.113.0/24'] });
      expect(mergeSettings(courier, { codCollectionPartnerId: undefined })).toEqual(courier);
      const cleared = mergeSettings(courier, { codCollectionPartnerId: null });
      expect(cleared).toEqual({ ...DEFAULT_PARTNER_SETTINGS, ipAllowList: [] });
      expect(cleared).not.toHaveProperty('codCollectionPartnerId');
      expect(mergeSettings(DEFAULT_PARTNER_SETTINGS, { codCollectionPartnerId: null })).not.toHaveProperty('codCollectionPartnerId');
    });

    it('is checked against the contract (a UUID)', () => {
      expect(settingsProblem(courier)).toBeUndefined();
      expect(settingsProblem({ ...courier, codCollectionPartnerId: 'vnpay' })).toMatch(/^settings\.codCollectionPartnerId: /);
    });

    it.each<[string, PartnerKind, string | null | undefined, PartnerKind | null, CodCollectionRefusal | null]>([
      ['a courier naming a payment partner', 'COURIER', PAYMENT_PARTNER_ID, 'PAYMENT_PARTNER', null],
      ['a courier clearing it', 'COURIER', null, null, null],
      ['a courier leaving it out', 'COURIER', undefined, null, null],
      ['a courier naming no partner', 'COURIER', PAYMENT_PARTNER_ID, null, 'NOT_A_PAYMENT_PARTNER'],
      ['a courier naming a marketplace', 'COURIER', PAYMENT_PARTNER_ID, 'MARKETPLACE', 'NOT_A_PAYMENT_PARTNER'],
      ['a courier naming a courier', 'COURIER', PAYMENT_PARTNER_ID, 'COURIER', 'NOT_A_PAYMENT_PARTNER'],
      ['a marketplace given one', 'MARKETPLACE', PAYMENT_PARTNER_ID, 'PAYMENT_PARTNER', 'ONLY_FOR_COURIERS'],
      ['a payment partner given one', 'PAYMENT_PARTNER', PAYMENT_PARTNER_ID, 'PAYMENT_PARTNER', 'ONLY_FOR_COURIERS'],
      ['a marketplace given null (nothing to clear)', 'MARKETPLACE', null, null, null],
    ])('%s', (_name, kind, value, namedKind, expected) => {
      expect(codCollectionRefusal(kind, value, namedKind ? { kind: namedKind } : null)).toBe(expected);
    });
  });
});
