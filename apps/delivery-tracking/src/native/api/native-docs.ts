/** What every native courier endpoint's OpenAPI description says about its authentication. */
export const NATIVE_AUTH_DOC =
  'Authentication: the courier’s native token, issued once by an operator (`POST /v1/couriers/{courierId}/native-token`, ' +
  'stored hashed; a rotation keeps the previous token valid for NATIVE_TOKEN_ROTATION_GRACE_HOURS). The courier must be an ' +
  'ACTIVE COURIER. IP allow-list: when the courier’s partner settings carry an `ipAllowList` (CIDR, IPv4 and IPv6), only ' +
  'those peer addresses are accepted (403 `ip-not-allowed` otherwise); register the courier’s published webhook source ' +
  'ranges there. The peer address is the TCP peer (`trust proxy` is off): put this endpoint behind a proxy that keeps it, or ' +
  'allow the proxy’s range. A wrong or missing token answers 401 and is logged for security; nothing is stored. ' +
  'Answers 200 quickly with a small JSON result (accepted, duplicate, parked); an unknown status code is recorded as ' +
  'EXCEPTION, flagged UNMAPPED_STATUS, raw code kept. Another courier’s parcel: 404 (logged for security); a time far in ' +
  'the future or before the order: 400 naming the field; a malformed body: 400 naming the field, nothing stored.';
