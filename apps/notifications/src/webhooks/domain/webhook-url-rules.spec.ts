import { checkWebhookUrl, MAX_WEBHOOK_URL_LENGTH } from './webhook-url-rules';

const prod = { allowInsecure: false };
const dev = { allowInsecure: true };

describe('checkWebhookUrl', () => {
  it('accepts a public https URL and normalises it', () => {
    expect(checkWebhookUrl('HTTPS://Shop.Example.VN:8443/hooks/tc?x=1', prod)).toEqual({ ok: true, url: 'https://shop.example.vn:8443/hooks/tc?x=1' });
    expect(checkWebhookUrl('https://hooks.example.com', prod)).toEqual({ ok: true, url: 'https://hooks.example.com/' });
    expect(checkWebhookUrl('https://8.8.8.8/hook', prod)).toEqual({ ok: true, url: 'https://8.8.8.8/hook' });
    expect(checkWebhookUrl('https://[2606:4700::1111]/hook', prod)).toEqual({ ok: true, url: 'https://[2606:4700::1111]/hook' });
  });

  it.each([
    ['not a url', 'url must be an absolute https URL'],
    ['/relative/path', 'url must be an absolute https URL'],
    ['ftp://files.example.com/x', 'url must be an https URL'],
    ['http://hooks.example.com/x', 'url must be an https URL'],
    ['http://localhost:4000/x', 'url must be an https URL'],
    ['https://user:pass@hooks.example.com/x', 'url must not contain a user name or password'],
    ['https://token@hooks.example.com/x', 'url must not contain a user name or password'],
    ['https://hooks.example.com/x#frag', 'url must not contain a fragment'],
    ['https://localhost/x', 'url names a local host; webhooks go to public addresses only'],
    ['https://api.localhost/x', 'url names a local host; webhooks go to public addresses only'],
    ['https://printer.local/x', 'url names a local host; webhooks go to public addresses only'],
    ['https://db.internal/x', 'url names a local host; webhooks go to public addresses only'],
    ['https://intranet/x', 'url must name a fully qualified host (example.com)'],
    ['https://127.0.0.1/x', 'url points to a loopback (127.0.0.0/8) address; webhooks go to public addresses only'],
    ['https://0x7f.1/x', 'url points to a loopback (127.0.0.0/8) address; webhooks go to public addresses only'],
    ['https://2130706433/x', 'url points to a loopback (127.0.0.0/8) address; webhooks go to public addresses only'],
    ['https://10.1.2.3/x', 'url points to a private (10.0.0.0/8) address; webhooks go to public addresses only'],
    ['https://172.20.0.5/x', 'url points to a private (172.16.0.0/12) address; webhooks go to public addresses only'],
    ['https://192.168.1.1/x', 'url points to a private (192.168.0.0/16) address; webhooks go to public addresses only'],
    ['https://169.254.169.254/latest/meta-data', 'url points to a link-local (cloud metadata) (169.254.0.0/16) address; webhooks go to public addresses only'],
    ['https://100.64.0.1/x', 'url points to a shared (carrier-grade NAT) (100.64.0.0/10) address; webhooks go to public addresses only'],
    ['https://0.0.0.0/x', 'url points to a "this network" (0.0.0.0/8) address; webhooks go to public addresses only'],
    ['https://[::1]/x', 'url points to a loopback (::1/128) address; webhooks go to public addresses only'],
    ['https://[::ffff:127.0.0.1]/x', 'url points to a loopback (127.0.0.0/8) address; webhooks go to public addresses only'],
    ['https://[::ffff:a00:1]/x', 'url points to a private (10.0.0.0/8) address; webhooks go to public addresses only'],
    ['https://[fd00::1]/x', 'url points to a private (unique local) (fc00::/7) address; webhooks go to public addresses only'],
    ['https://[fe80::1]/x', 'url points to a link-local (fe80::/10) address; webhooks go to public addresses only'],
  ])('refuses %s outside development mode', (url, message) => {
    expect(checkWebhookUrl(url, prod)).toEqual({ ok: false, message });
  });

  it('refuses a URL over 2000 characters, as given or once normalised', () => {
    const base = 'https://hooks.example.com/';
    expect(checkWebhookUrl(base + 'a'.repeat(MAX_WEBHOOK_URL_LENGTH - base.length), prod)).toEqual({ ok: true, url: base + 'a'.repeat(MAX_WEBHOOK_URL_LENGTH - base.length) });
    expect(checkWebhookUrl(base + 'a'.repeat(MAX_WEBHOOK_URL_LENGTH - base.length + 1), prod)).toEqual({ ok: false, message: 'url must be at most 2000 characters' });
    // "đ" becomes %C4%91 once normalised: 2000 characters given, 2005 normalised
    expect(checkWebhookUrl(base + 'a'.repeat(MAX_WEBHOOK_URL_LENGTH - base.length - 1) + 'đ', prod)).toEqual({ ok: false, message: 'url must be at most 2000 characters' });
  });

  it('in development mode, accepts http to localhost, 127.0.0.1 and [::1], and private addresses', () => {
    expect(checkWebhookUrl('http://localhost:4000/hook', dev)).toEqual({ ok: true, url: 'http://localhost:4000/hook' });
    expect(checkWebhookUrl('http://127.0.0.1:4000/hook', dev)).toEqual({ ok: true, url: 'http://127.0.0.1:4000/hook' });
    expect(checkWebhookUrl('http://[::1]:4000/hook', dev)).toEqual({ ok: true, url: 'http://[::1]:4000/hook' });
    expect(checkWebhookUrl('https://10.1.2.3/hook', dev)).toEqual({ ok: true, url: 'https://10.1.2.3/hook' });
    expect(checkWebhookUrl('https://intranet/hook', dev)).toEqual({ ok: true, url: 'https://intranet/hook' });
  });

  it('in development mode, still refuses http elsewhere, credentials and fragments', () => {
    expect(checkWebhookUrl('http://10.1.2.3/hook', dev)).toEqual({ ok: false, message: 'url may use http only for localhost, 127.0.0.1 or [::1] (development mode)' });
    expect(checkWebhookUrl('http://hooks.example.com/hook', dev)).toEqual({ ok: false, message: 'url may use http only for localhost, 127.0.0.1 or [::1] (development mode)' });
    expect(checkWebhookUrl('http://a:b@localhost/hook', dev)).toEqual({ ok: false, message: 'url must not contain a user name or password' });
    expect(checkWebhookUrl('http://localhost/hook#x', dev)).toEqual({ ok: false, message: 'url must not contain a fragment' });
  });
});
