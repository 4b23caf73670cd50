/** A marketplace's order defaults, from its partner settings (console-owned, learned from the partner topic). */
export interface MarketplaceOrderSettings {
  inspectionDays: number;
  shipByDays: number;
  unpaidExpiryHours: number;
}

/** Platform defaults when a marketplace set none (issue: inspection 3 days, ship-by 5 days, unpaid expiry 24 h). */
export const DEFAULT_ORDER_SETTINGS: MarketplaceOrderSettings = { inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24 };
