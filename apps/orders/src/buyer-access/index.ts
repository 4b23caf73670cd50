// What other orders features may use to serve buyers.
export { BuyerAccessModule } from './buyer-access.module';
export { BuyerTokens } from './infrastructure/buyer-tokens';
export { maskE164Phone, maskName } from './domain/masking';
export { toVnLocalIso, VN_TIME_ZONE } from '@trustcircle/kernel';
// Buyer authentication now lives in @trustcircle/security (any service verifies buyer tokens); re-exported for
// the existing imports of this index.
export { BuyerAuth, BuyerAuthGuard, CurrentBuyerGrant, type BuyerGrant, type RequestWithBuyer } from '@trustcircle/security';
