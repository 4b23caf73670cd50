import type { EvidenceItemInput } from '../application/evidence-attachment';
import { fileIdsOf, planEvidenceItems, tooManyEvidenceItems } from './evidence-items';

const MINE = '0b5a3c8e-4c1f-4b52-9d7e-2f6a1c3b4d5e';
const ALSO_MINE = '7f1e2d3c-4b5a-4968-8776-655443322110';
const ATTACHED = '11111111-2222-4333-8444-555555555555';
const NOT_MINE = '99999999-8888-4777-8666-555555555555';

const file = (fileId: string, description: string | null = null): EvidenceItemInput => ({ fileId, url: null, description });
const link = (url: string, description: string | null = null): EvidenceItemInput => ({ fileId: null, url, description });
const facts = { uploadedBySubmitter: new Set([MINE, ALSO_MINE, ATTACHED]), alreadyAttached: new Set([ATTACHED]) };

describe('planEvidenceItems', () => {
  it('accepts the submitter’s files (any case) and valid links, normalised, in order', () => {
    expect(planEvidenceItems([file(MINE.toUpperCase(), 'the box'), link('HTTPS://Shop.example/item?id=1'), file(ALSO_MINE)], facts)).toEqual({
      ok: true,
      items: [
        { kind: 'FILE', fileId: MINE, description: 'the box' },
        { kind: 'LINK', url: 'https://shop.example/item?id=1', description: null },
        { kind: 'FILE', fileId: ALSO_MINE, description: null },
      ],
    });
  });

  it('accepts no items, and exactly 20', () => {
    expect(planEvidenceItems([], facts)).toEqual({ ok: true, items: [] });
    const twenty = Array.from({ length: 20 }, (_, i) => link(`https://shop.example/${i}`));
    const plan = planEvidenceItems(twenty, facts);
    expect(plan.ok && plan.items.map((i) => (i.kind === 'LINK' ? i.url : i.fileId))).toEqual(twenty.map((i) => i.url));
  });

  it.each<[string, EvidenceItemInput[], string, string]>([
    ['21 items', Array.from({ length: 21 }, (_, i) => link(`https://shop.example/${i}`)), 'evidence', 'TOO_MANY_ITEMS'],
    ['someone else’s file', [file(MINE), file(NOT_MINE)], 'evidence[1].fileId', 'FILE_NOT_FOUND'],
    ['a malformed file id', [file('not-a-uuid')], 'evidence[0].fileId', 'FILE_NOT_FOUND'],
    ['a file already attached to the dispute', [link('https://a.example'), file(ATTACHED)], 'evidence[1].fileId', 'FILE_ALREADY_ATTACHED'],
    ['the same file twice in one action', [file(MINE), file(MINE.toUpperCase())], 'evidence[1].fileId', 'FILE_ALREADY_ATTACHED'],
    ['a javascript: link', [link('javascript:alert(1)')], 'evidence[0].url', 'LINK_SCHEME_NOT_ALLOWED'],
    ['a link with credentials', [file(MINE), link('https://user:pw@shop.example/')], 'evidence[1].url', 'LINK_HAS_CREDENTIALS'],
    ['a link over 2000 characters', [link(`https://shop.example/${'a'.repeat(2000)}`)], 'evidence[0].url', 'LINK_TOO_LONG'],
    ['a link that is not a URL', [link('shop dot example')], 'evidence[0].url', 'LINK_INVALID'],
    ['both a file and a link', [{ fileId: MINE, url: 'https://a.example', description: null }], 'evidence[0].url', 'LINK_INVALID'],
    ['neither a file nor a link', [{ fileId: null, url: null, description: null }], 'evidence[0].url', 'LINK_INVALID'],
  ])('refuses %s, naming %s', (_name, items, field, code) => {
    const plan = planEvidenceItems(items, facts);
    expect(plan).toEqual({ ok: false, refusal: { field, code, message: expect.any(String) } });
  });

  it('names the first refusal in item order', () => {
    expect(planEvidenceItems([link('ftp://a.example'), file(NOT_MINE)], facts)).toMatchObject({ ok: false, refusal: { field: 'evidence[0].url' } });
  });
});

describe('tooManyEvidenceItems and fileIdsOf', () => {
  it('refuses more than 20 items before anything is looked up', () => {
    expect(tooManyEvidenceItems(Array.from({ length: 20 }, () => file(MINE)))).toBeNull();
    expect(tooManyEvidenceItems(Array.from({ length: 21 }, () => file(MINE)))).toMatchObject({ ok: false, refusal: { field: 'evidence', code: 'TOO_MANY_ITEMS' } });
  });

  it('looks up only well-formed file ids, lower-cased, once each', () => {
    expect(fileIdsOf([file(MINE.toUpperCase()), file(MINE), file('nope'), link('https://a.example'), file(NOT_MINE)])).toEqual([MINE, NOT_MINE]);
  });
});
