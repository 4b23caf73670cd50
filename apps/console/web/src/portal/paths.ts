/** The portal's routes (Vietnamese, as the SMS messages link to `/tra-cuu`). */
export const paths = {
  /** Order code + phone, then the SMS code. `code` pre-fills the order code (`?ma=`). */
  lookup: (code?: string): string => (code ? `/tra-cuu?ma=${encodeURIComponent(code)}` : '/tra-cuu'),
  order: (code: string): string => `/tra-cuu/${encodeURIComponent(code)}`,
  confirmReceipt: (code: string): string => `${paths.order(code)}/da-nhan-hang`,
  complaint: (code: string): string => `${paths.order(code)}/khieu-nai`,
  dispute: (code: string, disputeId: string): string => `${paths.order(code)}/khieu-nai/${encodeURIComponent(disputeId)}`,
  refundDestination: (code: string): string => `${paths.order(code)}/hoan-tien`,
};

/** A one-off message carried to the next page in the navigation state. */
export type Notice = 'sessionExpired' | 'codeNeeded' | 'signedOut' | 'complaintFiled';

/** The notice in a navigation state, if any. */
export function noticeOf(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'sessionExpired' || notice === 'codeNeeded' || notice === 'signedOut' || notice === 'complaintFiled' ? notice : null;
}
