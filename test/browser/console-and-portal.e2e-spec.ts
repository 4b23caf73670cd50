/**
 * Browser tests (issue 9): Debian's Chromium, driven by playwright-core, against the real stack this spec starts
 * (the six services as their own processes; the browser talks to the console's origin only, whose dev proxy
 * reaches the others).
 *
 * - A buyer on a phone looks up an order with the code from the SMS log, files a complaint with a photo and sees
 *   it listed on the order.
 * - A mediator signs in with TOTP, sees an order placed a moment before appear live on the overview, opens it and
 *   decides its dispute on the mediation desk; escrow refunds the buyer.
 * - An admin proposes a manual refund and cannot approve it (the page says so, the server refuses); a second
 *   admin approves it and escrow refunds.
 * - That admin onboards a marketplace on the partners desk: its API key, shown once, places an order through the
 *   console's origin; rotated with no overlap the old key is refused, and so is the new one once revoked; the
 *   secrets are not shown again after leaving the page.
 * - A message orders cannot read (not JSON) is dead-lettered; the admin finds it on the dead-letter desk, reads its
 *   payload and replays it; orders fails on it again, and the new dead letter points back to the first.
 * - With one service stopped the console stays up and shows that service down.
 *
 * Screenshots of the overview, the desks and the buyer's timeline land in `test-output/browser/`; a
 * failing scenario leaves its pages' screenshots and console output in `test-output/browser/failures/`.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { INTAKE_HEADERS } from '@trustcircle/contracts';
import { generateWebhookSecret, signIntakeRecord } from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import type { Locator, Page } from 'playwright-core';
import { kafka, orderBody } from '../e2e/skeleton-harness';
import { Browsers, DESKTOP, PHONE, saveScreenshot } from './browser';
import { BrowserStack, type EnrolledOperator, newPhone, type PlacedOrder, totpNow } from './browser-stack';

jest.setTimeout(120_000);

const stack = new BrowserStack();
let browsers: Browsers;
let operators: Record<'mediator' | 'proposer' | 'approver', EnrolledOperator>;
const started = Date.now();

beforeAll(async () => {
  const [enrolled, launched] = await Promise.all([stack.start({ mediator: 'mediator', proposer: 'admin', approver: 'admin' }), Browsers.launch()]);
  operators = enrolled;
  browsers = launched;
  const t = stack.timings;
  process.stdout.write(
    `browser tests: stack ready in ${t.readyMs} ms (backlog check ${t.backlogCheckMs} ms, services ${t.servicesStartMs} ms, ` +
      `partners ${t.partnersMs} ms, operators ${t.operatorsMs} ms)${stack.notes.length ? `; ${stack.notes.join('; ')}` : ''}\n`,
  );
}, 180_000);

afterAll(async () => {
  const errors = browsers?.consoleErrors() ?? [];
  if (errors.length) process.stdout.write(`browser tests: console errors seen:\n  ${errors.join('\n  ')}\n`);
  await browsers?.close();
  await stack.stop();
  process.stdout.write(`browser tests: ${Date.now() - started} ms in all\n`);
});

/** Signs the operator in on `/console/sign-in` with their password and the authenticator's code of now. */
async function signIn(page: Page, operator: EnrolledOperator): Promise<void> {
  await page.goto('/console/sign-in');
  await page.getByRole('heading', { name: 'Operator sign-in' }).waitFor();
  await page.getByLabel('Name').fill(operator.name);
  await page.getByLabel('Password').fill(operator.password);
  await page.getByLabel('Authenticator code').fill(totpNow(operator));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Overview' }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.getByText(operator.name, { exact: true }).first().waitFor();
}

/** The overview's section headed `title`. */
const section = (page: Page, title: string) => page.locator('section').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/**
 * Places an order with `apiKey` through the console's origin (its proxy reaches orders), a new one each try, until
 * `settled` accepts the status (a partner's credentials reach orders within seconds); answers that status and body.
 */
async function placeOrderThroughConsole(apiKey: string, settled: (status: number) => boolean, what: string): Promise<{ status: number; body: string }> {
  return waitFor(
    async () => {
      const res = await fetch(`${stack.base}/v1/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify(orderBody({ buyer: { name: 'Lê Thị Mai', phone: newPhone() } })),
      });
      const answer = { status: res.status, body: await res.text() };
      return settled(answer.status) ? answer : undefined;
    },
    { what, timeoutMs: 15_000, intervalMs: 200 },
  );
}

/** Clicks the page's "Refresh" until `target` shows (the dead-letter list does not poll). */
async function refreshUntilVisible(page: Page, target: Locator, what: string): Promise<void> {
  const refresh = page.getByRole('button', { name: 'Refresh' });
  await waitFor(
    async () => {
      await refresh.click();
      await page.waitForTimeout(200);
      return target.isVisible();
    },
    { what, timeoutMs: 15_000, intervalMs: 0 },
  );
}

/** The console's records of the dead letters of messages keyed `key`, oldest first, once there are `count`. */
async function recordedDeadLetters(key: string, count: number): Promise<Array<{ id: string; original_partition: number; original_offset: string; replayed_from: string | null }>> {
  return waitFor(
    async () => {
      const { rows } = await stack.db.console.query<{ id: string; original_partition: number; original_offset: string; replayed_from: string | null }>(
        `SELECT id, original_partition, original_offset::text,
                (SELECT h->>'value' FROM jsonb_array_elements(headers) h WHERE h->>'name' = 'tc-replayed-from') AS replayed_from
           FROM platform_dead_letters WHERE key = $1 AND service = 'orders' AND consumer_group = 'tc.orders' ORDER BY received_at`,
        [Buffer.from(key)],
      );
      return rows.length >= count ? rows : undefined;
    },
    { what: `${count} dead letter(s) of the poison message at the console`, timeoutMs: 20_000, intervalMs: 100 },
  );
}

async function escrowState(orderId: string): Promise<string | undefined> {
  return (await stack.db.escrow.query<{ state: string }>('SELECT state FROM escrows WHERE order_id = $1', [orderId])).rows[0]?.state;
}

describe('the buyer portal on a phone', () => {
  it('looks an order up with the code from the SMS, files a complaint with a photo and sees it listed', () => {
    let order: PlacedOrder;
    return browsers.scenario('buyer complaint', async () => {
      order = await stack.placeOrder();
      const [page, photo] = await Promise.all([browsers.open('buyer phone', PHONE, stack.base), browsers.photo(), stack.fund(order)]);

      await page.goto('/tra-cuu');
      await page.getByLabel('Mã đơn hàng').fill(order.code);
      await page.getByLabel('Số điện thoại').fill(order.phone);
      const asked = new Date(Date.now() - 1000);
      await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
      await page.getByRole('heading', { name: 'Nhập mã xác nhận' }).waitFor();
      await page.getByLabel('Mã xác nhận (6 chữ số)').fill(await stack.otpFromSms(order, asked));
      await page.getByRole('button', { name: 'Xem đơn hàng' }).click();

      await page.getByRole('heading', { name: `Đơn hàng ${order.code}` }).waitFor();
      await page.getByText('Đã thanh toán, tiền được giữ an toàn').waitFor();
      // The payment's signed receipt is listed, and its PDF downloads (fetched with the buyer token).
      const documents = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Chứng từ điện tử' }) });
      await documents.getByText('BIÊN LAI THANH TOÁN KÝ QUỸ').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), documents.getByRole('button', { name: 'Tải PDF' }).first().tap()]);
      expect(download.suggestedFilename()).toMatch(/^BL-TC-[A-Z0-9-]+\.pdf$/);
      expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await page.getByRole('link', { name: 'Khiếu nại', exact: true }).tap();

      await page.getByRole('heading', { name: 'Gửi khiếu nại' }).waitFor();
      await page.getByLabel('Hàng bị hư hỏng').check();
      await page.getByLabel('Mô tả vấn đề').fill('Hộp bị móp, áo bên trong bị rách một đường dài ở tay áo.');
      await page.getByLabel(/^Hoàn toàn bộ tiền/).check();
      await page.getByLabel('Thêm ảnh chụp').setInputFiles({ name: 'hop-vo.png', mimeType: 'image/png', buffer: photo });
      await page.getByRole('status').filter({ hasText: 'Đã tải lên' }).waitFor();
      await page.getByRole('button', { name: 'Gửi khiếu nại' }).tap();

      await page.getByRole('heading', { name: `Khiếu nại về đơn ${order.code}` }).waitFor();
      await page.getByText('Đã gửi khiếu nại.', { exact: false }).first().waitFor();
      const { rows } = await stack.db.disputes.query<{ id: string; reason: string; state: string; content_type: string }>(
        `SELECT d.id, d.reason, d.state, f.content_type FROM disputes d
           JOIN dispute_evidence e ON e.dispute_id = d.id JOIN evidence_files f ON f.id = e.file_id WHERE d.order_id = $1`,
        [order.id],
      );
      expect(rows).toEqual([expect.objectContaining({ reason: 'DAMAGED', state: 'AWAITING_MERCHANT', content_type: 'image/png' })]);

      await page.getByRole('link', { name: 'Về trang đơn hàng' }).tap();
      await page.getByRole('heading', { name: `Đơn hàng ${order.code}` }).waitFor();
      const complaints = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Khiếu nại của bạn' }) });
      await complaints.getByRole('listitem').filter({ hasText: 'đang xử lý' }).waitFor();
      expect(await complaints.getByRole('listitem').count()).toBe(1);
      // The timeline catches up with the complaint (orders learns it from disputes' events); "Cập nhật" reloads it.
      const filedFact = page.getByRole('list').filter({ hasText: 'Bạn đã gửi khiếu nại: hàng bị hư hỏng.' });
      await waitFor(
        async () => {
          if (await filedFact.isVisible()) return true;
          await page.getByRole('button', { name: 'Cập nhật' }).tap();
          await page.waitForTimeout(500);
          return false;
        },
        { what: 'the complaint on the buyer timeline', timeoutMs: 20_000 },
      );
      await page.getByText('Đang khiếu nại').first().waitFor();
      // Laid out for the phone: nothing wider than the screen.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await saveScreenshot(page, 'buyer-timeline');
      expect(browsers.uncaught(page)).toEqual([]);
    });
  });
});

describe('the operator console', () => {
  let mediatorPage: Page;
  /** The approving admin's page, signed in by the four-eyes scenario and reused by the desks after it. */
  let adminPage: Page | undefined;
  const adminOperator = (): EnrolledOperator => operators.approver;

  /** The approving admin's signed-in page (signed in here when the four-eyes scenario did not run). */
  async function signedInAdmin(): Promise<Page> {
    if (adminPage && !adminPage.isClosed()) return adminPage;
    const page = (adminPage = await browsers.open('approving admin', DESKTOP, stack.base));
    await signIn(page, adminOperator());
    return page;
  }

  it('shows an order placed a moment before live; a mediator opens it and decides its dispute', () =>
    browsers.scenario('mediator decides', async () => {
      const page = (mediatorPage = await browsers.open('mediator', DESKTOP, stack.base));
      await signIn(page, operators.mediator);
      await page.getByRole('status').filter({ hasText: /^\s*Live\s*$/ }).waitFor();
      const recent = page.getByRole('table', { name: 'Recent orders' });
      await recent.waitFor();

      const order = await stack.placeOrder();
      // Live: the new order's row appears without a reload.
      await recent.getByRole('link', { name: order.code }).waitFor({ timeout: 20_000 });
      await saveScreenshot(page, 'overview');

      await stack.fund(order);
      const disputeId = await stack.escalatedDispute(order);

      await recent.getByRole('link', { name: order.code }).click();
      await page.waitForURL(`**/console/orders/${order.id}`);
      await page.getByRole('heading', { name: order.code, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      await page.locator(`a[href="/console/mediation/${disputeId}"]`).first().waitFor();

      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Mediation' }).click();
      await page.getByRole('heading', { name: 'Mediation desk' }).waitFor();
      // The shared test database holds other runs' escalated cases too: narrow the queue to this marketplace.
      const filter = page.getByRole('form', { name: 'Filter the queue' });
      await filter.getByLabel('Marketplace id').fill(stack.marketplace.id);
      await filter.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL(`**/console/mediation?marketplaceId=${stack.marketplace.id}`);
      const queue = page.getByRole('table', { name: 'Queue' });
      await queue.getByRole('link', { name: `Open case ${order.code}` }).waitFor();
      await saveScreenshot(page, 'mediation-desk');
      await queue.getByRole('link', { name: `Open case ${order.code}` }).click();

      await page.waitForURL(`**/console/mediation/${disputeId}`);
      await page.getByRole('heading', { name: `Case ${order.code}` }).waitFor();
      for (const title of ['Messages', 'Evidence', 'Courier timeline', 'Ledger']) await page.getByRole('heading', { name: title }).waitFor();
      const decision = page.getByRole('form', { name: 'Decision' });
      // The case's sections (courier timeline, ledger) finish loading one after another and move the form down: a
      // click that lands while it moves misses ("did not change its state"), so the choice is made again until it holds.
      const refundInFull = decision.getByLabel('Refund in full');
      for (let attempt = 1; !(await refundInFull.isChecked()); attempt++) {
        if (attempt > 3) throw new Error('"Refund in full" could not be chosen in 3 attempts');
        await refundInFull.check({ timeout: 5_000 }).catch(() => undefined);
      }
      await decision.getByLabel('Reasoning').fill('The colour in the photos differs clearly from the listing; the seller showed no proof of the colour sent.');
      await decision.getByRole('button', { name: 'Record decision' }).click();
      await page.getByRole('status').filter({ hasText: 'Decision recorded' }).waitFor();
      // The case shows its outcome, and can be decided no more.
      await decision.waitFor({ state: 'detached' });
      await page.getByRole('main').getByText(/Refund in full/).first().waitFor();
      await saveScreenshot(page, 'mediation-case');

      const { rows } = await stack.db.disputes.query<{ state: string; outcome: string; refund_amount: string; decided_by: string }>(
        'SELECT state, outcome, refund_amount, decided_by FROM disputes WHERE id = $1',
        [disputeId],
      );
      expect(rows[0]).toEqual({ state: 'RESOLVED', outcome: 'REFUND_FULL', refund_amount: String(order.totalAmount), decided_by: operators.mediator.id });
      await waitFor(async () => (await escrowState(order.id)) === 'REFUNDED', { what: 'escrow to refund the buyer', timeoutMs: 30_000 });
      expect(browsers.uncaught(page)).toEqual([]);
    }));

  it('needs a second admin to approve a manual refund: the proposer alone cannot', () =>
    browsers.scenario('four eyes', async () => {
      const order = await stack.placeOrder();
      const [proposer, approver] = await Promise.all([
        browsers.open('proposing admin', DESKTOP, stack.base),
        browsers.open('approving admin', DESKTOP, stack.base),
        stack.fund(order),
      ]);
      await signIn(proposer, operators.proposer);
      await proposer.goto(`/console/money?orderId=${order.id}`);
      await proposer.getByRole('heading', { name: 'Money desk' }).waitFor();
      const propose = proposer.getByRole('form', { name: 'Propose a manual action' });
      if (!(await propose.getByLabel('Order code').inputValue())) await propose.getByLabel('Order code').fill(order.code);
      await propose.getByLabel('Action').selectOption({ label: 'Force refund' });
      await propose.getByLabel('Amount (VND)').fill(String(order.totalAmount));
      await propose.getByLabel('Reason').fill('The parcel was confirmed lost by the courier; refund the buyer in full.');
      await propose.getByRole('button', { name: 'Propose' }).click();

      const awaiting = proposer.getByRole('table', { name: 'Awaiting approval' });
      const ownApprove = awaiting.getByRole('button', { name: `Approve ${order.code}` });
      await ownApprove.waitFor();
      expect(await ownApprove.isDisabled()).toBe(true);
      await proposer.getByText('Another admin must approve').first().waitFor();
      const { rows: proposed } = await stack.db.escrow.query<{ id: string; status: string; proposed_by: string }>(
        "SELECT id, status, proposed_by FROM manual_actions WHERE order_id = $1 AND kind = 'FORCE_REFUND'",
        [order.id],
      );
      expect(proposed).toEqual([{ id: expect.any(String), status: 'PROPOSED', proposed_by: operators.proposer.id }]);
      // Not the page only: the server refuses the proposer's own approval.
      const own = await fetch(stack.services.escrow.url(`/v1/escrows/${order.id}/manual-actions/${proposed[0].id}/approve`), {
        method: 'POST',
        headers: { authorization: `Bearer ${await stack.operatorToken(operators.proposer)}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(own.status).toBe(403);
      expect(await escrowState(order.id)).toBe('FUNDED');

      await signIn(approver, operators.approver);
      adminPage = approver;
      await approver.goto('/console/money');
      const approve = approver.getByRole('table', { name: 'Awaiting approval' }).getByRole('button', { name: `Approve ${order.code}` });
      await approve.waitFor();
      expect(await approve.isEnabled()).toBe(true);
      await approve.click();
      await approver.getByRole('table', { name: 'Decided' }).getByText(order.code).first().waitFor();
      await waitFor(async () => (await escrowState(order.id)) === 'REFUNDED', { what: 'escrow to refund the buyer', timeoutMs: 30_000 });
      const { rows: decided } = await stack.db.escrow.query<{ status: string; decided_by: string }>('SELECT status, decided_by FROM manual_actions WHERE id = $1', [proposed[0].id]);
      expect(decided[0]).toEqual({ status: 'APPROVED', decided_by: operators.approver.id });
      expect(browsers.uncaught(proposer)).toEqual([]);
      expect(browsers.uncaught(approver)).toEqual([]);
    }));

  it('onboards a marketplace whose API key, shown once, places orders; rotating and revoking it locks the old keys out', () =>
    browsers.scenario('partners desk', async () => {
      const page = await signedInAdmin();
      const name = `Browser market ${randomUUID().slice(0, 8)}`;
      const nav = page.getByRole('navigation', { name: 'Console' });
      await nav.getByRole('link', { name: 'Partners' }).click();
      await page.getByRole('heading', { name: 'Partners', level: 1 }).waitFor();
      const onboard = page.getByRole('form', { name: 'Onboard a partner' });
      await onboard.getByLabel('Kind').selectOption({ label: 'Marketplace' });
      await onboard.getByLabel('Name', { exact: true }).fill(name);
      await onboard.getByLabel('Inspection window (days)').waitFor();
      await onboard.getByRole('button', { name: 'Onboard' }).click();

      // The credentials, once: a warning, the key in a read-only field.
      await page.getByRole('heading', { name: `New credentials for ${name}` }).waitFor();
      await page.getByText('Store these now: they are shown only once and cannot be shown again.').waitFor();
      const keyField = page.getByRole('textbox', { name: /^API key/ });
      expect(await keyField.getAttribute('readonly')).not.toBeNull();
      const apiKey = await keyField.inputValue();
      expect(apiKey.length).toBeGreaterThan(20);
      await page.getByRole('button', { name: 'Copy API key' }).waitFor();
      const webhookSecret = await page.getByRole('textbox', { name: /^Webhook signing secret/ }).inputValue();
      expect(webhookSecret).toMatch(/^whsec_/);
      await page.getByRole('table', { name: 'Partners' }).getByRole('link', { name }).waitFor();
      const { rows: created } = await stack.db.console.query<{ id: string; kind: string }>('SELECT id, kind FROM partners WHERE name = $1', [name]);
      expect(created).toEqual([{ id: expect.any(String), kind: 'MARKETPLACE' }]);
      const partnerId = created[0].id;

      // The key works: an order placed with it through the console's origin (orders learns the partner within seconds).
      expect(await placeOrderThroughConsole(apiKey, (status) => status !== 401, 'orders to know the new marketplace')).toMatchObject({ status: 201 });

      // Leaving the page: the partner's page holds no secret, and neither does the list when coming back.
      await page.getByRole('link', { name: `Open ${name}` }).click();
      await page.waitForURL(`**/console/partners/${partnerId}`);
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      const credentials = page.getByRole('table', { name: /^Credentials/ });
      // A marketplace has an API key and a webhook signing secret (for its Kafka intake records).
      const apiKeyRows = credentials.getByRole('row').filter({ hasText: 'API key' });
      await apiKeyRows.getByText('Valid', { exact: true }).waitFor();
      await credentials.getByRole('row').filter({ hasText: 'Webhook secret' }).getByText('Valid', { exact: true }).waitFor();
      expect(await page.content()).not.toContain(apiKey);
      expect(await page.content()).not.toContain(webhookSecret);
      await page.getByRole('link', { name: 'All partners' }).click();
      await page.getByRole('heading', { name: 'Partners', level: 1 }).waitFor();
      await page.getByRole('table', { name: 'Partners' }).getByRole('link', { name }).waitFor();
      expect(await page.getByRole('heading', { name: /^New credentials for/ }).count()).toBe(0);
      expect(await page.content()).not.toContain(apiKey);
      expect(await page.evaluate<string>('JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])')).not.toContain(apiKey);

      // Rotating with no overlap: a new key, shown once; the old one is refused at once.
      await page.getByRole('table', { name: 'Partners' }).getByRole('link', { name }).click();
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      const rotate = page.getByRole('form', { name: 'Rotate credentials' });
      await rotate.getByLabel('Overlap (hours)').fill('0');
      await rotate.getByRole('button', { name: 'Rotate credentials' }).click();
      await page.getByRole('heading', { name: `New credentials for ${name}` }).waitFor();
      const newKey = await page.getByRole('textbox', { name: /^API key/ }).inputValue();
      const newKeyId = /\(id ([^)]+)\)/.exec((await page.locator('label[for="secret-api-key"]').textContent()) ?? '')?.[1];
      expect(newKey).not.toBe(apiKey);
      expect(newKeyId).toBeDefined();
      await placeOrderThroughConsole(apiKey, (status) => status === 401, 'orders to refuse the rotated-out key (401)');
      expect(await placeOrderThroughConsole(newKey, (status) => status !== 401, 'orders to know the new key')).toMatchObject({ status: 201 });
      await page.getByRole('button', { name: 'I have stored them' }).click();
      await page.getByRole('heading', { name: /^New credentials for/ }).waitFor({ state: 'detached' });
      expect(await page.content()).not.toContain(newKey);

      // Revoking the new key: refused too.
      await credentials.getByRole('button', { name: `Revoke ${newKeyId}` }).click();
      await page.getByRole('group', { name: `Confirm: Revoke ${newKeyId}` }).getByRole('button', { name: 'Confirm revoke' }).click();
      await page.getByRole('status').filter({ hasText: 'Credential revoked' }).waitFor();
      await apiKeyRows.getByText('Valid', { exact: true }).waitFor({ state: 'detached' });
      await placeOrderThroughConsole(newKey, (status) => status === 401, 'orders to refuse the revoked key (401)');
      const { rows: keys } = await stack.db.console.query<{ status: string }>("SELECT status FROM partner_credentials WHERE partner_id = $1 AND type = 'API_KEY'", [partnerId]);
      expect(keys.map((k) => k.status)).toEqual(['REVOKED', 'REVOKED']);
      await saveScreenshot(page, 'partners');
      expect(browsers.uncaught(page)).toEqual([]);
    }));

  it('lists a message a service dead-lettered, shows it to an admin and replays it; failing again, it comes back pointing to the first', () =>
    browsers.scenario('dead letters desk', async () => {
      const page = await signedInAdmin();
      const token = stack.operatorToken(adminOperator());
      // Not JSON: orders cannot read it, and dead-letters it (MALFORMED_JSON). Its key and content are this run's own.
      const marker = `BROWSER-POISON-${randomUUID()}`;
      const key = `browser-poison-${randomUUID()}`;
      const producer = kafka.producer();
      await producer.connect();
      let produced: { partition: number; offset: string };
      try {
        // Signed as a marketplace signs intake records; orders refuses it for its JSON before judging the signature.
        const value = `{"externalId":"${marker}","items":[`;
        const headers = { [INTAKE_HEADERS.partnerId]: randomUUID(), ...signIntakeRecord(generateWebhookSecret().secret, value, { id: `msg_${randomUUID()}`, timestamp: new Date() }) };
        const [meta] = await producer.send({ topic: 'orders.intake.v1', acks: -1, messages: [{ key, value, headers }] });
        produced = { partition: meta.partition, offset: String(meta.baseOffset) };
      } finally {
        await producer.disconnect();
      }
      const origin = `orders.intake.v1 [${produced.partition}] @${produced.offset}`;

      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Dead letters' }).click();
      await page.getByRole('heading', { name: 'Dead letters', level: 1 }).waitFor();
      await page.getByLabel('Service', { exact: true }).selectOption('orders');
      // The console records it (found by this run's key: another checkout's Kafka may have used the same offsets).
      const id = (await recordedDeadLetters(key, 1))[0].id;
      const list = page.getByRole('table', { name: 'Dead letters' });
      // The newest row from that topic, partition and offset (the list is newest failure first).
      const rowOf = (where: string) => list.getByRole('row').filter({ has: page.getByRole('cell', { name: where, exact: true }) }).first();
      const row = rowOf(origin);
      await refreshUntilVisible(page, row, 'the dead letter on the desk');
      await row.getByRole('cell', { name: 'orders', exact: true }).waitFor();
      await row.getByRole('cell', { name: 'MALFORMED_JSON', exact: true }).waitFor();
      await row.getByRole('cell', { name: 'Open', exact: true }).waitFor();
      await page.getByRole('table', { name: 'Open by service and reason' }).getByRole('button', { name: 'Show orders MALFORMED_JSON' }).waitFor();

      // Its message, for an admin.
      await row.getByRole('button', { name: 'Details' }).click();
      const details = page.locator('section').filter({ has: page.getByRole('heading', { name: /^Dead letter / }) });
      await details.getByText(key, { exact: true }).waitFor();
      await details.getByText('tc.orders', { exact: true }).waitFor();
      await details.getByLabel('Payload').getByText(marker, { exact: false }).waitFor();

      // Replay, confirmed.
      await row.getByRole('button', { name: 'Replay' }).click();
      await page.getByRole('group', { name: 'Confirm: Replay' }).getByRole('button', { name: 'Confirm replay' }).click();
      const replayed = page.getByRole('status').filter({ hasText: /^Replayed onto orders\.intake\.v1 \(partition \d+, offset \d+\)\.$/ });
      await replayed.waitFor();
      const [, partition, offset] = /partition (\d+), offset (\d+)/.exec((await replayed.textContent()) ?? '') ?? [];
      expect(Number(partition)).toBe(produced.partition);
      const res = await fetch(`${stack.base}/v1/admin/dead-letters/${id}`, { headers: { authorization: `Bearer ${await token}` } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id, state: 'replayed', replayedAt: expect.any(String), replayedBy: adminOperator().id, replayCount: 1, lastReplay: { partition: produced.partition, offset } });

      // orders reads the replayed message and fails again: a new dead letter, pointing back to the first.
      const loop = (await recordedDeadLetters(key, 2)).find((d) => d.id !== id);
      expect(loop).toMatchObject({ original_partition: produced.partition, original_offset: offset, replayed_from: id });
      await page.getByLabel('State', { exact: true }).selectOption({ label: 'All' });
      await rowOf(origin).getByRole('cell', { name: /^Replayed / }).waitFor();
      const again = rowOf(`orders.intake.v1 [${partition}] @${offset}`);
      await refreshUntilVisible(page, again, 'the replayed message dead-lettered again');
      await again.getByRole('cell', { name: 'Open', exact: true }).waitFor();
      await again.getByRole('button', { name: 'Details' }).click();
      await details.getByText(`(this message had been replayed from dead letter ${id})`, { exact: false }).waitFor();
      await details.getByLabel('Payload').getByText(marker, { exact: false }).waitFor();
      await saveScreenshot(page, 'dead-letters');
      expect(browsers.uncaught(page)).toEqual([]);
    }));

  it('stays up with a service stopped, and shows that service down', () =>
    browsers.scenario('service down', async () => {
      const page = mediatorPage ?? (await browsers.open('mediator', DESKTOP, stack.base));
      if (!mediatorPage) await signIn(page, operators.mediator);
      await page.goto('/console');
      const services = section(page, 'Services');
      // The row whose first cell is the service's name.
      const row = (service: string) => services.getByRole('row', { name: new RegExp(`^${service}\\b`) });
      // The health cell says Up or Down (a row's text runs its cells together: look for the word on its own).
      await row('delivery-tracking').getByText('Up', { exact: true }).waitFor();

      await stack.services['delivery-tracking'].stop();
      // Live, without a reload: the health poller (every second here) finds it down.
      await row('delivery-tracking').getByText('Down', { exact: true }).waitFor({ timeout: 20_000 });
      expect(await row('orders').getByText('Up', { exact: true }).isVisible()).toBe(true);
      // A reload still works: the console itself is up.
      await page.reload();
      await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
      await row('delivery-tracking').getByText('Down', { exact: true }).waitFor();
      const token = await stack.operatorToken(operators.mediator);
      const res = await fetch(`${stack.base}/v1/console/overview`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      const overview = (await res.json()) as { services: Array<{ service: string; status: string }> };
      expect(overview.services.find((s) => s.service === 'delivery-tracking')?.status).toBe('DOWN');
      expect(overview.services.find((s) => s.service === 'console')?.status).toBe('UP');
      await saveScreenshot(page, 'overview-service-down');
      expect(browsers.uncaught(page)).toEqual([]);
    }));
});
