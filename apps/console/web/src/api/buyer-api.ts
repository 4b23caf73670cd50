import { ApiError } from './api-error';
import type { HttpClient } from './http-client';
import type {
  BuyerSessionResponse,
  DisputeActionResult,
  DisputeFiled,
  DisputeView,
  EvidenceFileUploaded,
  EvidenceItem,
  FileDisputeBody,
  IssuedDocument,
  OtpAcceptedResponse,
  PublicOrder,
  ReceiptConfirmed,
  RefundDestination,
  RefundDestinationBody,
} from './wire-types';

const code = (orderCode: string): string => encodeURIComponent(orderCode);
const id = (disputeId: string): string => encodeURIComponent(disputeId);

/**
 * The buyer portal's calls, one per endpoint of the services' buyer APIs (orders: one-time code, session, order view;
 * escrow: confirm receipt, COD refund destination, signed documents; disputes: evidence, filing, following and acting).
 */
export class BuyerApi {
  constructor(private readonly http: HttpClient) {}

  /** Texts a one-time code when the order code and phone match an order; the answer is the same either way. */
  requestOtp(orderCode: string, phone: string): Promise<OtpAcceptedResponse> {
    return this.http.json({ method: 'POST', path: '/v1/public/otp', json: { orderCode, phone }, auth: false });
  }

  /** Exchanges the code for a buyer token for that one order. */
  openSession(orderCode: string, phone: string, otp: string): Promise<BuyerSessionResponse> {
    return this.http.json({ method: 'POST', path: '/v1/public/sessions', json: { orderCode, phone, otp }, auth: false });
  }

  order(orderCode: string): Promise<PublicOrder> {
    return this.http.json({ method: 'GET', path: `/v1/public/orders/${code(orderCode)}` });
  }

  confirmReceipt(orderCode: string): Promise<ReceiptConfirmed> {
    return this.http.json({ method: 'POST', path: `/v1/public/escrows/${code(orderCode)}/confirm-receipt` });
  }

  /** The COD refund destination given, masked; null while none was given. */
  async refundDestination(orderCode: string): Promise<RefundDestination | null> {
    try {
      return await this.http.json<RefundDestination>({ method: 'GET', path: `/v1/public/escrows/${code(orderCode)}/refund-destination` });
    } catch (error) {
      if (error instanceof ApiError && error.type === 'refund-destination-not-found') return null;
      throw error;
    }
  }

  saveRefundDestination(orderCode: string, body: RefundDestinationBody): Promise<RefundDestination> {
    return this.http.json({ method: 'PUT', path: `/v1/public/escrows/${code(orderCode)}/refund-destination`, json: body });
  }

  /** Uploads one evidence file (multipart, one part named `file`). */
  uploadEvidence(file: Blob, name: string): Promise<EvidenceFileUploaded> {
    const form = new FormData();
    form.append('file', file, name);
    return this.http.json({ method: 'POST', path: '/v1/public/disputes/evidence-files', form });
  }

  fileDispute(body: FileDisputeBody, idempotencyKey: string): Promise<DisputeFiled> {
    return this.http.json({ method: 'POST', path: '/v1/public/disputes', json: body, idempotencyKey });
  }

  dispute(disputeId: string): Promise<DisputeView> {
    return this.http.json({ method: 'GET', path: `/v1/public/disputes/${id(disputeId)}` });
  }

  answerOffer(disputeId: string, decision: 'ACCEPT' | 'DECLINE', idempotencyKey: string): Promise<DisputeActionResult> {
    return this.http.json({ method: 'POST', path: `/v1/public/disputes/${id(disputeId)}/offer-response`, json: { decision }, idempotencyKey });
  }

  escalate(disputeId: string, message: string, evidence: EvidenceItem[], idempotencyKey: string): Promise<DisputeActionResult> {
    return this.http.json({ method: 'POST', path: `/v1/public/disputes/${id(disputeId)}/escalate`, json: { message, evidence }, idempotencyKey });
  }

  withdraw(disputeId: string, idempotencyKey: string): Promise<DisputeActionResult> {
    return this.http.json({ method: 'POST', path: `/v1/public/disputes/${id(disputeId)}/withdraw`, json: {}, idempotencyKey });
  }

  reply(disputeId: string, message: string, evidence: EvidenceItem[], idempotencyKey: string): Promise<DisputeActionResult> {
    return this.http.json({ method: 'POST', path: `/v1/public/disputes/${id(disputeId)}/messages`, json: { message, evidence }, idempotencyKey });
  }

  /** The signed documents of the buyer's order (receipts, decision records), oldest first; empty before the first. */
  async documents(): Promise<IssuedDocument[]> {
    return (await this.http.json<{ items: IssuedDocument[] }>({ method: 'GET', path: '/v1/documents' })).items;
  }

  /** A document of the buyer's order as a printable PDF. */
  documentPdf(documentId: string): Promise<Blob> {
    return this.http.blob(`/v1/documents/${encodeURIComponent(documentId)}.pdf`);
  }

  /** A file of the dispute's evidence (the buyer's side of the API, with the buyer token). */
  evidenceContent(contentUrl: string): Promise<Blob> {
    if (!contentUrl.startsWith('/v1/public/disputes/')) return Promise.reject(new ApiError('http', 404, null));
    return this.http.blob(contentUrl);
  }
}
