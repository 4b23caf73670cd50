/**
 * The couriers' own webhook formats accepted on their own paths. A native token is issued for one of them.
 * WARNING: stored values (delivery.courier_native_tokens.format). Never rename one.
 */
export const NATIVE_FORMATS = ['GHN', 'VIETTEL_POST'] as const;
export type NativeFormat = (typeof NATIVE_FORMATS)[number];
