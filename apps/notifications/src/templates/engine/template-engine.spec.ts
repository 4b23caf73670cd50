import Handlebars from 'handlebars';
import { compileTemplate, createTemplateEngine } from './template-engine';

const text = createTemplateEngine('text');
const html = createTemplateEngine('html');

describe('the template engine', () => {
  it('throws on a missing variable (strict mode), including inside helpers and conditions', () => {
    expect(() => compileTemplate(text, 'text', 'Đơn {{orderCode}}')({})).toThrow(/"orderCode" not defined/);
    expect(() => compileTemplate(text, 'text', '{{vnd amount}}')({})).toThrow('{{vnd}} was given a missing variable');
    expect(() => compileTemplate(text, 'text', '{{vnTime dueAt}}')({})).toThrow('{{vnTime}} was given a missing variable');
    expect(() => compileTemplate(text, 'text', '{{lookupUrl portalUrl}}')({})).toThrow('{{lookupUrl}} was given a missing variable');
    expect(() => compileTemplate(text, 'text', '{{#if deadline}}x{{/if}}')({})).toThrow('{{#if}} was given a missing variable');
    expect(() => compileTemplate(text, 'text', '{{#unless deadline}}x{{/unless}}')({})).toThrow('{{#unless}} was given a missing variable');
    expect(() => compileTemplate(text, 'text', '{{#if (eq outcome "X")}}x{{/if}}')({})).toThrow('{{eq}} was given a missing variable');
  });

  it('takes null where a condition allows it', () => {
    expect(compileTemplate(text, 'text', '{{#if at}}trước {{vnTime at}}{{else}}không hạn{{/if}}')({ at: null })).toBe('không hạn');
    expect(compileTemplate(text, 'text', '{{#if at}}trước {{vnTime at}}{{/if}}')({ at: '2026-11-30T14:30:00Z' })).toBe('trước 21:30 30/11/2026');
  });

  it('formats amounts, times and the lookup link', () => {
    const t = compileTemplate(text, 'text', '{{vnd a}} | {{vnTime t}} | {{lookupUrl p}}');
    expect(t({ a: 1_235_000n, t: new Date('2026-11-29T17:00:00Z'), p: 'https://trustcircle.vn/' })).toBe('1.235.000 ₫ | 00:00 30/11/2026 | https://trustcircle.vn/tra-cuu');
  });

  it('does not escape text (SMS, Zalo, email text part) but escapes HTML, the link becoming an <a>', () => {
    const source = 'Lý do: {{reason}} {{lookupUrl p}}';
    const data = { reason: `<b>"Hàng" & 'hộp'</b>`, p: 'https://trustcircle.vn/?a=1&b=2' };
    expect(compileTemplate(text, 'text', source)(data)).toBe(`Lý do: <b>"Hàng" & 'hộp'</b> https://trustcircle.vn/?a=1&b=2/tra-cuu`);
    expect(compileTemplate(html, 'html', source)(data)).toBe(
      'Lý do: &lt;b&gt;&quot;Hàng&quot; &amp; &#x27;hộp&#x27;&lt;/b&gt; <a href="https://trustcircle.vn/?a&#x3D;1&amp;b&#x3D;2/tra-cuu">https://trustcircle.vn/?a&#x3D;1&amp;b&#x3D;2/tra-cuu</a>',
    );
  });

  it('fails at compile time (not on first use) on a syntax error or an unknown helper', () => {
    expect(() => compileTemplate(text, 'text', 'Đơn {{orderCode}')).toThrow(/Parse error/);
    expect(() => compileTemplate(text, 'text', '{{formatMoney amount}}')).toThrow(/formatMoney/);
    expect(() => compileTemplate(text, 'text', '{{#each items}}{{this}}{{/each}}')).toThrow(/each/);
  });

  it('registers nothing globally', () => {
    const global = compileTemplate(createTemplateEngine('text'), 'text', 'x');
    expect(global({})).toBe('x');
    expect(Handlebars.helpers['vnd']).toBeUndefined();
    expect(Handlebars.helpers['each']).toBeDefined();
  });
});
