import { defineTemplate } from '../template-file';

/** `operator-alert` version 1: a short text (SMS) and an email, on the operators' configured channel. */
export const operatorAlertV1 = defineTemplate({
  id: 'operator-alert',
  version: 1,
  audience: 'OPERATOR',
  description: 'An alert for operators: funding mismatch, failed ledger check, breached mediator deadline, dead-letter growth, disabled endpoint (platform.operator-alert-raised).',
  channels: ['SMS', 'EMAIL'],
  variables: { alertId: 'text', severity: ['INFO', 'WARNING', 'CRITICAL'], code: 'text', message: 'text', service: 'text', orderId: 'text?', raisedAt: 'time' },
  sms: {
    vi: 'TrustCircle cảnh báo {{severity}} {{code}} ({{service}}) lúc {{vnTime raisedAt}}{{#if orderId}}, đơn hàng {{orderId}}{{/if}}: {{message}}',
    en: 'TrustCircle alert {{severity}} {{code}} ({{service}}) at {{vnTime raisedAt}}{{#if orderId}}, order {{orderId}}{{/if}}: {{message}}',
  },
  email: {
    vi: {
      subject: '[{{severity}}] {{code}} ({{service}})',
      body:
        'Cảnh báo vận hành TrustCircle.\n\n' +
        'Mức độ: {{severity}}\nMã: {{code}}\nDịch vụ: {{service}}\nThời điểm: {{vnTime raisedAt}} (giờ Việt Nam)\n' +
        'Đơn hàng: {{#if orderId}}{{orderId}}{{else}}không có{{/if}}\nMã cảnh báo: {{alertId}}\n\n{{message}}',
    },
    en: {
      subject: '[{{severity}}] {{code}} ({{service}})',
      body:
        'TrustCircle operations alert.\n\n' +
        'Severity: {{severity}}\nCode: {{code}}\nService: {{service}}\nRaised at: {{vnTime raisedAt}} (Vietnam time)\n' +
        'Order: {{#if orderId}}{{orderId}}{{else}}none{{/if}}\nAlert id: {{alertId}}\n\n{{message}}',
    },
  },
});
