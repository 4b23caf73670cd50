/**
 * Test kit for the notifications service's integration tests (test-only code, never imported by the app): the
 * shared ServiceTestKit (an in-process app on the real PostgreSQL, Redis and Kafka, partners, API calls,
 * operator tokens, outbox events, a movable clock). Features add their helpers as they land; the webhooks
 * slice keeps its own in `webhooks/testing/webhooks-test-helpers.ts`.
 */
import { ServiceTestKit } from '@trustcircle/service-testing';
import { AppModule } from '../app.module';

export { TEST_MARKETPLACE_SETTINGS, type TestPartner, type TestResponse } from '@trustcircle/service-testing';

/** One running notifications app and the helpers that drive it. */
export class NotificationsTestKit extends ServiceTestKit {
  /** Starts the app (`env` overrides the process env). */
  static async start(env: Record<string, string> = {}): Promise<NotificationsTestKit> {
    const { app, db, signingKey } = await ServiceTestKit.boot(AppModule.forRoot(ServiceTestKit.testEnv(env)), 'notifications');
    const kit = new NotificationsTestKit(app, db, 'notifications', signingKey);
    await kit.finishLeftovers();
    return kit;
  }

  /**
   * Cancels every message earlier suites left unfinished (the suites share the test database and move their own
   * clocks), so this suite's dispatches, fakes and metrics see only its own messages.
   */
  async finishLeftovers(): Promise<void> {
    await this.db.query(
      `UPDATE "notifications"."notifications" SET "status" = 'CANCELLED', "finished_at" = now(), "lease_until" = NULL, "next_attempt_at" = NULL,
         "last_error" = 'left unfinished by an earlier test suite' WHERE "status" IN ('PENDING', 'SENDING')`,
    );
  }
}
