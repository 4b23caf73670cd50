/**
 * The JSON body an SMS HTTP gateway takes, written as a template in the environment (`SMS_GATEWAY_PAYLOAD`), so a
 * gateway is adopted by configuration: `{"to":"{{to}}","from":"{{sender}}","text":"{{text}}","ref":"{{idempotencyKey}}"}`.
 * Placeholders stand inside JSON strings; each value is JSON-escaped, so quotes, newlines and Vietnamese letters in
 * the text never break the body.
 */

/** The values a payload template may use. */
export const SMS_PAYLOAD_PLACEHOLDERS = ['to', 'msisdn', 'sender', 'text', 'idempotencyKey', 'notificationId'] as const;

/** One placeholder's name. */
export type SmsPayloadPlaceholder = (typeof SMS_PAYLOAD_PLACEHOLDERS)[number];

/**
 * The values of one message: `to` is the E.164 phone (`+84901234567`), `msisdn` the same without `+`
 * (`84901234567`), `sender` the brandname.
 */
export type SmsPayloadValues = Record<SmsPayloadPlaceholder, string>;

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The default template (also in .env.example). */
export const DEFAULT_SMS_PAYLOAD = '{"to":"{{to}}","from":"{{sender}}","text":"{{text}}","ref":"{{idempotencyKey}}"}';

/** The body for one message. Throws on a placeholder it does not know (the template is checked at boot). */
export function renderSmsPayload(template: string, values: SmsPayloadValues): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    if (!(SMS_PAYLOAD_PLACEHOLDERS as readonly string[]).includes(name)) throw new Error(`unknown SMS payload placeholder {{${name}}}`);
    return JSON.stringify(values[name as SmsPayloadPlaceholder]).slice(1, -1);
  });
}

/**
 * Why a template cannot be used, or undefined when it can: it must name only known placeholders, include `{{to}}`
 * or `{{msisdn}}` and `{{text}}`, and render (with awkward sample values) to a JSON object.
 */
export function smsPayloadTemplateProblem(template: string): string | undefined {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
  const unknown = names.filter((n) => !(SMS_PAYLOAD_PLACEHOLDERS as readonly string[]).includes(n));
  if (unknown.length > 0) return `unknown placeholder(s) ${unknown.map((n) => `{{${n}}}`).join(', ')}; known: ${SMS_PAYLOAD_PLACEHOLDERS.join(', ')}`;
  if (!names.includes('text')) return 'the template must contain {{text}}';
  if (!names.includes('to') && !names.includes('msisdn')) return 'the template must contain {{to}} or {{msisdn}}';
  const sample: SmsPayloadValues = {
    to: '+84901234567',
    msisdn: '84901234567',
    sender: 'Brand "X"',
    text: 'Đơn hàng "A\\B"\nđã giao',
    idempotencyKey: 'e:SMS:0123456789abcdef',
    notificationId: '00000000-0000-4000-8000-000000000000',
  };
  try {
    const parsed: unknown = JSON.parse(renderSmsPayload(template, sample));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return 'the template must be a JSON object';
    if (!JSON.stringify(parsed).includes(JSON.stringify(sample.text).slice(1, -1))) return '{{text}} must stand inside a JSON string';
  } catch {
    return 'the template is not valid JSON once filled in (placeholders must stand inside JSON strings)';
  }
  return undefined;
}

/**
 * The value at a dotted path (`data.id`, `messages.0.id`) of a parsed JSON answer, as a string; null when absent
 * or not a string or number.
 */
export function readJsonPath(value: unknown, path: string): string | null {
  let node: unknown = value;
  for (const key of path.split('.').filter((k) => k.length > 0)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node === 'string' && node.length > 0) return node;
  if (typeof node === 'number' && Number.isFinite(node)) return String(node);
  return null;
}
