import { en } from './en';
import { initialLang, messagesFor } from './messages';
import { vi } from './vi';

/** Every string reachable in a locale (functions are called with sample arguments), with its path. */
function strings(node: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof node === 'string') out.push([path, node]);
  else if (Array.isArray(node)) node.forEach((n, i) => strings(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('web app messages', () => {
  it('starts in Vietnamese unless English was chosen', () => {
    expect(initialLang(null)).toBe('vi');
    expect(initialLang('fr')).toBe('vi');
    expect(initialLang('en')).toBe('en');
    expect(messagesFor('vi')).toBe(vi);
    expect(messagesFor('en')).toBe(en);
  });

  it('has no empty text and the same keys in both languages', () => {
    const viStrings = strings(vi, 'vi', []);
    const enStrings = strings(en, 'en', []);
    expect(viStrings.filter(([, s]) => s.trim() === '')).toEqual([]);
    expect(enStrings.filter(([, s]) => s.trim() === '')).toEqual([]);
    const keys = (node: object): string[] => Object.keys(node).sort();
    for (const section of Object.keys(vi) as Array<keyof typeof vi>) expect([section, keys(en[section])]).toEqual([section, keys(vi[section])]);
    for (const table of ['facts', 'statuses', 'strands'] as const) expect(keys(en.order[table])).toEqual(keys(vi.order[table]));
    for (const table of ['messageKinds', 'outcomes', 'authors', 'deadlines', 'requests'] as const) expect(keys(en.dispute[table])).toEqual(keys(vi.dispute[table]));
    expect(keys(en.problems.fieldCodes)).toEqual(keys(vi.problems.fieldCodes));
    expect(keys(en.problems.fields)).toEqual(keys(vi.problems.fields));
    expect(keys(en.complaint.reasons)).toEqual(keys(vi.complaint.reasons));
    expect(keys(en.complaint.vulnerableCategories)).toEqual(keys(vi.complaint.vulnerableCategories));
  });

  it('writes Vietnamese with its diacritics and time left in plain words', () => {
    expect(vi.lookup.title).toBe('Tra cứu đơn hàng');
    expect(vi.common.timeLeft({ passed: false, days: 2, hours: 5, minutes: 30 })).toBe('còn 2 ngày 5 giờ');
    expect(vi.common.timeLeft({ passed: false, days: 0, hours: 3, minutes: 7 })).toBe('còn 3 giờ 7 phút');
    expect(vi.common.timeLeft({ passed: false, days: 0, hours: 0, minutes: 42 })).toBe('còn 42 phút');
    expect(vi.common.timeLeft({ passed: true, days: 0, hours: 0, minutes: 0 })).toBe('đã hết hạn');
    expect(en.common.timeLeft({ passed: false, days: 2, hours: 5, minutes: 30 })).toBe('2 d 5 h left');
  });
});
