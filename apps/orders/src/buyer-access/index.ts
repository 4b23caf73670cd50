// What other orders features may use to serve buyers.
export { BuyerAccessModule } from './buyer-access.module';
export { BuyerAuth } from './auth/buyer-auth.decorator';
export { BuyerAuthGuard, type RequestWithBuyer } from './auth/buyer-auth.guard';
export { BuyerTokens } from './infrastructure/buyer-tokens';
export type { BuyerGrant } from './domain/buyer-token';
export { maskE164Phone, maskName } from './domain/masking';
export { toVnLocalIso, VN_TIME_ZONE } from './domain/vn-time';
