import { defineTemplate, type TemplateFile } from '../template-file';
import { checkTemplateFile, TemplateDefinitionError } from './template-check';

const good = defineTemplate({
  id: 'sample',
  version: 1,
  audience: 'BUYER',
  description: 'A sample.',
  channels: ['SMS', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', amount: 'vnd', dueAt: 'time?', outcome: ['A', 'B'] },
  sms: {
    vi: 'Đơn {{orderCode}}: {{vnd amount}}{{#if dueAt}} trước {{vnTime dueAt}}{{/if}}. {{lookupUrl portalUrl}}',
    en: 'Order {{orderCode}}: {{vnd amount}}{{#if dueAt}} by {{vnTime dueAt}}{{/if}}. {{lookupUrl portalUrl}}',
  },
  email: {
    vi: { subject: 'Đơn {{orderCode}}', body: '{{#if (eq outcome "A")}}A{{else if (eq outcome "B")}}B{{/if}}' },
    en: { subject: 'Order {{orderCode}}', body: '{{#if (eq outcome "A")}}A{{else}}B{{/if}}' },
  },
});

const withSms = (vi: string, en = vi): TemplateFile => ({ ...good, sms: { vi, en } });
const problem = (file: TemplateFile): string => {
  try {
    checkTemplateFile(file);
    return 'no problem';
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateDefinitionError);
    return (e as Error).message;
  }
};
const rest = ' {{orderCode}} {{vnd amount}} {{vnTime dueAt}} {{lookupUrl portalUrl}}';

describe('checkTemplateFile', () => {
  it('accepts a template whose sources use exactly its variables, the right way', () => {
    expect(problem(good)).toBe('no problem');
  });

  it.each<[string, TemplateFile, string]>([
    ['an undeclared variable', withSms(`{{buyerName}}${rest}`), 'template sample@1: sms (vi): uses "buyerName", which is not a declared variable'],
    ['a declared variable no source uses', { ...good, variables: { ...good.variables, extra: 'text' } }, 'template sample@1: declared but never used: extra'],
    ['an amount printed without vnd', withSms('{{orderCode}} {{amount}} {{vnTime dueAt}} {{lookupUrl portalUrl}}'), 'template sample@1: sms (vi): "amount" (vnd) must be printed with {{vnd amount}}'],
    ['a time printed without vnTime', withSms('{{orderCode}} {{vnd amount}} {{dueAt}} {{lookupUrl portalUrl}}'), 'template sample@1: sms (vi): "dueAt" (time) must be printed with {{vnTime dueAt}}'],
    ['text through a formatting helper', withSms('{{vnd orderCode}} {{vnd amount}} {{vnTime dueAt}} {{lookupUrl portalUrl}}'), 'template sample@1: sms (vi): "orderCode" (text) must be printed as is'],
    ['a translation that drops a variable', withSms(`x${rest}`, '{{orderCode}} {{vnTime dueAt}} {{lookupUrl portalUrl}}'), 'template sample@1: sms: Vietnamese uses {amount, dueAt, orderCode, portalUrl} but English uses {dueAt, orderCode, portalUrl}'],
    ['an enum compared with a value it does not have', withSms(`{{#if (eq outcome "C")}}c{{/if}}${rest}`), 'template sample@1: sms (vi): (eq outcome ...) must compare with one of A, B'],
    ['eq on a non-enum', withSms(`{{#if (eq orderCode "C")}}c{{/if}}${rest}`), 'template sample@1: sms (vi): (eq orderCode ...) compares an enum, and "orderCode" is text'],
    ['a triple-stash', withSms(`{{{orderCode}}}${rest}`), 'template sample@1: sms (vi): no triple-stash {{{ }}}: escaping is decided by the channel'],
    ['a path', withSms(`{{order.code}}${rest}`), 'template sample@1: sms (vi): only plain variable names are allowed, not "order.code"'],
    ['an each block', withSms(`{{#each orderCode}}x{{/each}}${rest}`), 'template sample@1: sms (vi): only {{#if}} and {{#unless}} blocks, not {{#each}}'],
    ['a partial', withSms(`{{> footer}}${rest}`), 'template sample@1: sms (vi): PartialStatement is not allowed'],
    ['an SMS channel without an sms source', { ...good, sms: undefined }, 'template sample@1: SMS/ZALO channels need an sms source'],
    ['an email source without the EMAIL channel', { ...good, channels: ['SMS'] }, 'template sample@1: an email source without the EMAIL channel'],
    ['a bad id', { ...good, id: 'Sample_1' }, 'template Sample_1@1: the id must be kebab-case'],
    ['a bad version', { ...good, version: 0 }, 'template sample@0: the version must be a positive integer'],
  ])('refuses %s', (_name, file, message) => {
    expect(problem(file)).toBe(message);
  });
});
