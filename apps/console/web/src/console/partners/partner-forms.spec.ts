import {
  blankSettingsDraft,
  changedSettings,
  checkOnboard,
  checkSettings,
  issuedSecretsOf,
  parseAllowList,
  parseOverlapHours,
  settingsDraftOf,
  settingsFieldsFor,
} from './partner-forms';
import type { PartnerSettings } from './partner-types';

const current: PartnerSettings = {
  inspectionDays: 3,
  shipByDays: 5,
  unpaidExpiryHours: 24,
  platformFeeBps: 200,
  zaloEnabled: false,
  unaccentedSms: false,
  ipAllowList: [],
  codCollectionPartnerId: null,
};
const PAYMENT = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98';

describe(settingsFieldsFor.name, () => {
  it('shows each kind the settings that mean something for it', () => {
    expect(settingsFieldsFor('MARKETPLACE')).toEqual(['inspectionDays', 'shipByDays', 'unpaidExpiryHours', 'platformFeeBps', 'zaloEnabled', 'unaccentedSms']);
    expect(settingsFieldsFor('COURIER')).toEqual(['ipAllowList', 'codCollectionPartnerId']);
    expect(settingsFieldsFor('PAYMENT_PARTNER')).toEqual(['ipAllowList']);
  });
});

describe(checkSettings.name, () => {
  it('leaves blank numbers to the defaults when onboarding', () => {
    expect(checkSettings('MARKETPLACE', { ...blankSettingsDraft(), platformFeeBps: '150' }, true)).toEqual({
      ok: true,
      settings: { platformFeeBps: 150, zaloEnabled: false, unaccentedSms: false },
    });
  });

  it('needs every number when editing, whole and in range', () => {
    const checked = checkSettings('MARKETPLACE', { ...settingsDraftOf(current), inspectionDays: '31', shipByDays: '0', unpaidExpiryHours: '2.5', platformFeeBps: '' }, false);
    expect(checked).toEqual({
      ok: false,
      errors: {
        inspectionDays: 'Enter a whole number from 0 to 30.',
        shipByDays: 'Enter a whole number from 1 to 30.',
        unpaidExpiryHours: 'Enter a whole number from 1 to 720.',
        platformFeeBps: 'Enter a whole number from 0 to 10000.',
      },
    });
  });

  it('reads the networks one per line or comma, in CIDR notation', () => {
    expect(checkSettings('PAYMENT_PARTNER', { ...blankSettingsDraft(), ipAllowList: '203.0.113.0/24,\n2001:db8::/32 ' }, true)).toEqual({
      ok: true,
      settings: { ipAllowList: ['203.0.113.0/24', '2001:db8::/32'] },
    });
    expect(checkSettings('COURIER', { ...blankSettingsDraft(), ipAllowList: '203.0.113.7\n10.0.0.0/8' }, true)).toEqual({
      ok: false,
      errors: { ipAllowList: 'Not a network in CIDR notation (like 203.0.113.0/24): 203.0.113.7.' },
    });
    const many = Array.from({ length: 51 }, (_, i) => `10.0.${i}.0/24`).join('\n');
    expect(checkSettings('COURIER', { ...blankSettingsDraft(), ipAllowList: many }, true)).toEqual({ ok: false, errors: { ipAllowList: 'At most 50 networks.' } });
  });

  it('sets, keeps or clears a courier’s COD collection partner', () => {
    expect(checkSettings('COURIER', { ...blankSettingsDraft(), codCollectionPartnerId: PAYMENT.toUpperCase() }, true)).toEqual({ ok: true, settings: { codCollectionPartnerId: PAYMENT } });
    expect(checkSettings('COURIER', blankSettingsDraft(), true)).toEqual({ ok: true, settings: {} });
    expect(checkSettings('COURIER', blankSettingsDraft(), false)).toEqual({ ok: true, settings: { ipAllowList: [], codCollectionPartnerId: null } });
  });
});

describe(changedSettings.name, () => {
  it('sends only what changed', () => {
    expect(changedSettings(current, { inspectionDays: 3, shipByDays: 7, zaloEnabled: false, unaccentedSms: true })).toEqual({ shipByDays: 7, unaccentedSms: true });
    expect(changedSettings(current, { ipAllowList: [], codCollectionPartnerId: null })).toEqual({});
    expect(changedSettings({ ...current, codCollectionPartnerId: PAYMENT }, { codCollectionPartnerId: null })).toEqual({ codCollectionPartnerId: null });
    expect(changedSettings(current, { ipAllowList: ['10.0.0.0/8'] })).toEqual({ ipAllowList: ['10.0.0.0/8'] });
  });
});

describe(checkOnboard.name, () => {
  it('needs a kind and a name', () => {
    expect(checkOnboard({ kind: '', name: ' ', settings: blankSettingsDraft(), marketplaceIds: [] })).toEqual({
      ok: false,
      errors: { kind: 'Choose the kind of partner.', name: 'Enter the partner’s name.' },
    });
  });

  it('onboards a payment partner with the marketplaces it serves, once each', () => {
    const m = '0b9f7c1e-2f4a-4c59-9d7e-3a1b2c3d4e5f';
    expect(checkOnboard({ kind: 'PAYMENT_PARTNER', name: ' VNPay ', settings: blankSettingsDraft(), marketplaceIds: [m, m] })).toEqual({
      ok: true,
      body: { kind: 'PAYMENT_PARTNER', name: 'VNPay', marketplaceIds: [m] },
    });
  });

  it('keeps marketplaces off other kinds and reports settings errors', () => {
    expect(checkOnboard({ kind: 'COURIER', name: 'GHN', settings: blankSettingsDraft(), marketplaceIds: ['x'] })).toEqual({ ok: true, body: { kind: 'COURIER', name: 'GHN' } });
    const bad = checkOnboard({ kind: 'MARKETPLACE', name: 'Chợ Việt', settings: { ...blankSettingsDraft(), inspectionDays: '-1' }, marketplaceIds: [] });
    expect(bad.ok ? null : bad.errors).toEqual({ inspectionDays: 'Enter a whole number from 0 to 30.' });
  });
});

describe(issuedSecretsOf.name, () => {
  it('lists the secrets handed over, with their ids', () => {
    expect(issuedSecretsOf({ apiKey: 'tc_mkp_x', apiKeyId: 'k1' })).toEqual([{ label: 'API key', id: 'k1', value: 'tc_mkp_x' }]);
    expect(issuedSecretsOf({ apiKey: 'tc_cou_y', apiKeyId: 'k2', webhookSecret: 'whsec_z', webhookSecretId: 'ws_1' }).map((s) => s.label)).toEqual(['API key', 'Webhook signing secret']);
    expect(issuedSecretsOf({})).toEqual([]);
  });
});

describe(parseAllowList.name, () => {
  it('splits on lines, commas and spaces', () => {
    expect(parseAllowList(' a/1 , b/2\n\nc/3 ')).toEqual(['a/1', 'b/2', 'c/3']);
  });
});

describe(parseOverlapHours.name, () => {
  it('takes whole hours from 0 to 720', () => {
    expect(parseOverlapHours('0')).toBe(0);
    expect(parseOverlapHours(' 72 ')).toBe(72);
    expect(parseOverlapHours('721')).toBeNull();
    expect(parseOverlapHours('1.5')).toBeNull();
    expect(parseOverlapHours('')).toBeNull();
  });
});
