import { Audited } from './audited.decorator';
import { AUDITED_METADATA } from './audited-metadata';

describe(Audited.name, () => {
  it('stores the action and options, and refuses an action that is not dotted lowercase', () => {
    class C {
      @Audited('partner.create', { target: 'partner', targetId: 'partnerId' })
      create(): string {
        return 'created';
      }
    }
    expect(Reflect.getMetadata(AUDITED_METADATA, C.prototype.create)).toEqual({ action: 'partner.create', target: 'partner', targetId: 'partnerId' });
    for (const bad of ['create', 'Partner.create', 'partner.', 'partner create']) expect(() => Audited(bad)).toThrow('dotted lowercase');
  });
});
