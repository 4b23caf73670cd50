import { maskRecipient } from './mask-recipient';

describe(maskRecipient.name, () => {
  it.each([
    ['+84901234567', '+8490****567'],
    ['0901234567', '090****567'],
    ['hoa.nguyen@example.com', 'h***@example.com'],
    ['đ.an@example.vn', 'đ***@example.vn'],
    ['https://shop.example.vn/hooks/tc?token=abc', 'https://shop.example.vn/…'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/…'],
    ['+14155550100', '************'],
    ['abc', '****'],
  ])('%s → %s', (to, masked) => {
    expect(maskRecipient(to)).toBe(masked);
  });
});
