/** The part of the Web Storage API the portal uses (sessionStorage in the browser, a map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A buyer's access to one order, from the one-time code. */
export interface BuyerSession {
  orderCode: string;
  accessToken: string;
  /** ISO-8601: when the token stops working. */
  expiresAt: string;
  /** Complaints filed in this session (listed at once, before the order's timeline shows them). */
  disputeIds: string[];
}

/** The storage key. sessionStorage only: the token dies with the tab and is never written to disk by us. */
export const BUYER_SESSION_KEY = 'tc.buyer.session';

/** A token this close to its expiry is treated as expired: a call with it would likely fail on the way. */
const EXPIRY_MARGIN_MS = 15_000;

/**
 * Keeps the buyer token in sessionStorage (one order at a time, as the token opens one order). A missing, malformed
 * or expired session, or one for another order, reads as none.
 */
export class BuyerSessionStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Starts a session (replacing any other). */
  start(orderCode: string, accessToken: string, expiresAt: string): BuyerSession {
    const session: BuyerSession = { orderCode: normalise(orderCode), accessToken, expiresAt, disputeIds: [] };
    this.write(session);
    return session;
  }

  /** The live session, for `orderCode` when given. */
  current(orderCode?: string): BuyerSession | null {
    const session = this.read();
    if (!session) return null;
    if (!(Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS > this.now())) return null;
    if (orderCode !== undefined && normalise(orderCode) !== session.orderCode) return null;
    return session;
  }

  /** Remembers a complaint filed in this session, most recent first. */
  rememberDispute(disputeId: string): void {
    const session = this.read();
    if (!session || session.disputeIds.includes(disputeId)) return;
    this.write({ ...session, disputeIds: [disputeId, ...session.disputeIds] });
  }

  /** Forgets the session (sign out, or the server said the token no longer works). */
  clear(): void {
    this.store.removeItem(BUYER_SESSION_KEY);
  }

  private read(): BuyerSession | null {
    try {
      const raw = this.store.getItem(BUYER_SESSION_KEY);
      if (!raw) return null;
      const s = JSON.parse(raw) as Partial<BuyerSession>;
      if (typeof s.orderCode !== 'string' || typeof s.accessToken !== 'string' || typeof s.expiresAt !== 'string') return null;
      return { orderCode: s.orderCode, accessToken: s.accessToken, expiresAt: s.expiresAt, disputeIds: Array.isArray(s.disputeIds) ? s.disputeIds.filter((d) => typeof d === 'string') : [] };
    } catch {
      return null;
    }
  }

  private write(session: BuyerSession): void {
    this.store.setItem(BUYER_SESSION_KEY, JSON.stringify(session));
  }
}

/** Order codes compare without case or surrounding spaces (the server answers them upper case). */
function normalise(orderCode: string): string {
  return orderCode.trim().toUpperCase();
}

/** A store that keeps values in memory: where sessionStorage is not available (disabled, private modes). */
export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

/** sessionStorage when it works, else memory (some browsers throw on access or on writing). */
export function sessionStoreOr(open: () => KeyValueStore): KeyValueStore {
  try {
    const store = open();
    store.setItem('tc.probe', '1');
    store.removeItem('tc.probe');
    return store;
  } catch {
    return new MemoryStore();
  }
}
