import type { EmailLayoutFile } from '../template-file';

/** The frame of every email, version 1: the body, then who sent it and that replies are not read. */
export const emailLayoutV1: EmailLayoutFile = {
  version: 1,
  text: {
    vi: '{{{body}}}\n\n--\nTrustCircle\nEmail này được gửi tự động, vui lòng không trả lời.',
    en: '{{{body}}}\n\n--\nTrustCircle\nThis email was sent automatically; please do not reply.',
  },
  html: {
    vi:
      '<!doctype html>\n<html lang="vi">\n<head><meta charset="utf-8"><title>{{subject}}</title></head>\n' +
      '<body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">\n{{{body}}}\n' +
      '<p style="color:#6b7280;font-size:13px">TrustCircle<br>\nEmail này được gửi tự động, vui lòng không trả lời.</p>\n</body>\n</html>',
    en:
      '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{subject}}</title></head>\n' +
      '<body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">\n{{{body}}}\n' +
      '<p style="color:#6b7280;font-size:13px">TrustCircle<br>\nThis email was sent automatically; please do not reply.</p>\n</body>\n</html>',
  },
};
