/** Local servers that behave as the notification providers document and fail on command (tests only). */
export { FakeHttpServer, type FailureSpec, type FakeAnswer, type RecordedRequest } from './fake-http-server';
export { FakeSmsGateway, type DeliveredSms, type FakeSmsGatewayOptions } from './fake-sms-gateway';
export { FakeZaloZns, type DeliveredZns } from './fake-zalo-zns';
export { FakeWebhookReceiver, type ReceivedWebhook } from './fake-webhook-receiver';
export { FakeSmtpServer, type ReceivedEmail, type SmtpRejection } from './fake-smtp-server';
