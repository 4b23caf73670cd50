import { DEFAULT_SMS_PAYLOAD, readJsonPath, renderSmsPayload, smsPayloadTemplateProblem, type SmsPayloadValues } from './sms-payload-template';

const values: SmsPayloadValues = {
  to: '+84901234567',
  msisdn: '84901234567',
  sender: 'TrustCircle',
  text: 'Đơn "TC-1" \\ đã giao\nXem: https://tc.vn/o?x=1&y=2',
  idempotencyKey: 'e1:SMS:0123456789abcdef',
  notificationId: 'n-1',
};

describe(renderSmsPayload.name, () => {
  it('fills every placeholder JSON-escaped, so the body parses back to the exact values', () => {
    const body = renderSmsPayload(DEFAULT_SMS_PAYLOAD, values);
    expect(JSON.parse(body)).toEqual({ to: '+84901234567', from: 'TrustCircle', text: values.text, ref: 'e1:SMS:0123456789abcdef' });
    expect(body).toBe('{"to":"+84901234567","from":"TrustCircle","text":"Đơn \\"TC-1\\" \\\\ đã giao\\nXem: https://tc.vn/o?x=1&y=2","ref":"e1:SMS:0123456789abcdef"}');
  });

  it('allows spaces inside braces, nested objects and repeats', () => {
    expect(JSON.parse(renderSmsPayload('{"a":{"b":"{{ msisdn }}"},"c":"{{msisdn}}-{{notificationId}}"}', values))).toEqual({ a: { b: '84901234567' }, c: '84901234567-n-1' });
  });

  it('refuses an unknown placeholder', () => {
    expect(() => renderSmsPayload('{"x":"{{phone}}"}', values)).toThrow('unknown SMS payload placeholder {{phone}}');
  });
});

describe(smsPayloadTemplateProblem.name, () => {
  it.each([
    [DEFAULT_SMS_PAYLOAD, undefined],
    ['{"msisdn":"{{msisdn}}","message":"{{text}}"}', undefined],
    ['{"to":"{{phone}}","text":"{{text}}"}', 'unknown placeholder(s) {{phone}}; known: to, msisdn, sender, text, idempotencyKey, notificationId'],
    ['{"to":"{{to}}"}', 'the template must contain {{text}}'],
    ['{"text":"{{text}}"}', 'the template must contain {{to}} or {{msisdn}}'],
    ['{"to":{{to}},"text":"{{text}}"}', 'the template is not valid JSON once filled in (placeholders must stand inside JSON strings)'],
    ['["{{to}}","{{text}}"]', 'the template must be a JSON object'],
    ['{"to":"{{to}}","{{text}}":1}', undefined],
  ])('%s → %s', (template, problem) => {
    expect(smsPayloadTemplateProblem(template)).toBe(problem);
  });
});

describe(readJsonPath.name, () => {
  it.each([
    [{ data: { id: 'abc' } }, 'data.id', 'abc'],
    [{ data: { id: 42 } }, 'data.id', '42'],
    [{ messages: [{ id: 'm1' }] }, 'messages.0.id', 'm1'],
    [{ id: 'top' }, 'id', 'top'],
    [{ data: {} }, 'data.id', null],
    [{ data: { id: '' } }, 'data.id', null],
    [{ data: { id: { nested: 1 } } }, 'data.id', null],
    ['text', 'data.id', null],
    [null, 'id', null],
  ])('%j at %s → %s', (value, path, expected) => {
    expect(readJsonPath(value, path)).toBe(expected);
  });
});
