import { DEFAULT_PARTNER_SETTINGS, mergeSettings, settingsProblem } from './partner-settings';

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
});
