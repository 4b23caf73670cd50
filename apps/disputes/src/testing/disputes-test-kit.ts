/**
 * Test kit for the disputes service's integration tests (test-only code, never imported by the app): the shared
 * ServiceTestKit (an in-process app on the real PostgreSQL, Redis and Kafka, partners, signed webhooks, API
 * calls, operator tokens, outbox events, a movable clock) plus the evidence store. Features add their helpers
 * as they land.
 */
import { ServiceTestKit } from '@trustcircle/service-testing';
import { AppModule } from '../app.module';
import { EVIDENCE_STORE, type EvidenceStore } from '../evidence/application/evidence-store';

export { TEST_MARKETPLACE_SETTINGS, type TestPartner, type TestResponse } from '@trustcircle/service-testing';

/** One running disputes app and the helpers that drive it. */
export class DisputesTestKit extends ServiceTestKit {
  /** Starts the app (`env` overrides the process env); deadlines fire when a test sweeps (`advance`, `sweep`). */
  static async start(env: Record<string, string> = {}): Promise<DisputesTestKit> {
    const { app, db, signingKey } = await ServiceTestKit.boot(AppModule.forRoot(ServiceTestKit.testEnv(env)), 'disputes');
    return new DisputesTestKit(app, db, 'disputes', signingKey);
  }

  /** The app's evidence store. */
  get evidenceStore(): EvidenceStore {
    return this.app.get<EvidenceStore>(EVIDENCE_STORE);
  }
}
