import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useLoader } from '../../app/use-loader';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { roleAtLeast } from '../session/operator-role';
import { useOperator } from '../session/operator-context';
import { CaseCourier } from './case-courier';
import { CaseDecision } from './case-decision';
import { CaseEvidence } from './case-evidence';
import { CaseLedger } from './case-ledger';
import { CaseMessages } from './case-messages';
import { acceptsMessages, isDecidable } from './decision-form';
import { DeskAlert, DeskLoading, DeskStatus } from '../desk-kit/desk-ui';
import { MediationApi } from './mediation-api';
import { mediationPaths } from './mediation-paths';
import { deadlineBadge, wordOf } from './mediation-queue';
import type { DisputeCase } from './mediation-types';
import '../desk-kit/desk.css';

/** How long after a decision the case looks at escrow again: it applies the outcome from the decision's event. */
const ESCROW_SETTLE_MS = 2_000;

/** The whole case for a mediator: the dispute, its trail and evidence, the courier's timeline, the money, the decision. */
export function MediationCasePage() {
  const { disputeId = '' } = useParams();
  const { client, operator } = useOperator();
  const api = useMemo(() => new MediationApi(client), [client]);
  const dispute = useLoader(() => api.dispute(disputeId), [api, disputeId]);
  const orderId = dispute.data?.orderId ?? null;
  const shipments = useLoader(() => (orderId ? api.shipments(orderId) : Promise.resolve(null)), [api, orderId]);
  const escrow = useLoader(() => (orderId ? api.escrow(orderId) : Promise.resolve(null)), [api, orderId]);
  const ledger = useLoader(() => (orderId ? api.ledger(orderId) : Promise.resolve(null)), [api, orderId]);
  // Names of the mediators who wrote or decided (nothing breaks without them: the role is shown anyway).
  const names = useLoader(() => api.operatorNames(), [api]);
  const [decided, setDecided] = useState(false);
  const mediator = roleAtLeast(operator.role, 'mediator');
  const view = dispute.data;

  const reloadAll = () => {
    dispute.reload();
    escrow.reload();
    ledger.reload();
  };

  return (
    <article className="desk" aria-labelledby="case-title">
      <p className="desk-breadcrumb">
        <Link to={mediationPaths.queue()}>Back to the queue</Link>
      </p>
      <div className="page-head">
        <h1 id="case-title">{view ? `Case ${view.orderCode}` : 'Case'}</h1>
        <div className="head-actions">
          <button type="button" className="button small" onClick={reloadAll} disabled={dispute.loading}>
            Refresh
          </button>
        </div>
      </div>
      {decided ? <DeskStatus>Decision recorded</DeskStatus> : null}
      <DeskAlert error={dispute.error} />
      {dispute.loading && !view ? <DeskLoading what="the case" /> : null}
      {view ? (
        <>
          <CaseSummary view={view} />
          {view.outcome ? <CaseOutcome view={view} names={names.data} /> : null}
          <CaseMessages view={view} api={api} names={names.data} canWrite={mediator && acceptsMessages(view.state)} onPosted={dispute.reload} />
          <CaseEvidence evidence={view.evidence} api={api} />
          <CaseCourier shipments={shipments} />
          <CaseLedger escrow={escrow} ledger={ledger} />
          {mediator && isDecidable(view.state, view.outcome !== null) ? (
            <CaseDecision
              view={view}
              api={api}
              onDecided={() => {
                setDecided(true);
                reloadAll();
                // escrow carries the outcome out a moment later (from the decision's event): look again then
                window.setTimeout(() => {
                  escrow.reload();
                  ledger.reload();
                }, ESCROW_SETTLE_MS);
              }}
            />
          ) : null}
          {!mediator ? <p className="desk-note">Only mediators and admins can decide or write to the parties.</p> : null}
        </>
      ) : null}
    </article>
  );
}

function CaseSummary({ view }: { view: DisputeCase }) {
  const badge = view.mediatorDueAt ? deadlineBadge({ mediatorDueAt: view.mediatorDueAt, overdue: view.mediatorBreachedAt !== null }, Date.now()) : null;
  return (
    <section className="card desk-section" aria-labelledby="case-summary-title">
      <h2 id="case-summary-title">Dispute</h2>
      <p className="status">{view.statusText.en}</p>
      {view.vulnerable && view.vulnerable.status !== 'REMOVED' ? (
        <p>
          <span className="desk-tag desk-tag-vulnerable">
            Vulnerable consumer: {wordOf(view.vulnerable.category)} ({view.vulnerable.status.toLowerCase()})
          </span>
        </p>
      ) : null}
      <dl className="desk-facts">
        <dt>Reason</dt>
        <dd>{wordOf(view.reason)}</dd>
        <dt>Buyer’s account</dt>
        <dd className="desk-message-body">{view.description}</dd>
        <dt>Asked for</dt>
        <dd>
          {wordOf(view.requestedOutcome)}
          {view.requestedAmount !== null ? ` (${formatVnd(view.requestedAmount)})` : ''}
        </dd>
        <dt>Order total</dt>
        <dd className="desk-amount">{formatVnd(view.orderTotal)}</dd>
        <dt>Money</dt>
        <dd>{view.moneyHeld === true ? 'Held by escrow' : view.moneyHeld === false ? `Not held${view.holdRefusalReason ? ` (${wordOf(view.holdRefusalReason)})` : ''}: a refund becomes a claw-back` : 'Escrow has not answered yet'}</dd>
        <dt>Opened</dt>
        <dd>{formatVnTime(view.openedAt)}</dd>
        <dt>Escalated</dt>
        <dd>{view.escalatedAt ? `${formatVnTime(view.escalatedAt)} (${wordOf(view.escalatedBy)})` : '—'}</dd>
        <dt>Decide by</dt>
        {view.outcome ? (
          <dd>{view.mediatorDueAt ? `${formatVnTime(view.mediatorDueAt)} (decided)` : '—'}</dd>
        ) : (
          <dd className={badge?.overdue ? 'desk-overdue' : undefined}>{view.mediatorDueAt ? `${formatVnTime(view.mediatorDueAt)} · ${badge?.text ?? ''}` : '—'}</dd>
        )}
      </dl>
      {view.offers.length > 0 ? (
        <>
          <h3>Offers</h3>
          <ul className="desk-inline-list">
            {view.offers.map((o) => (
              <li key={o.offerId}>
                {formatVnd(o.amount)} offered {formatVnTime(o.madeAt)}: {wordOf(o.state)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function CaseOutcome({ view, names }: { view: DisputeCase; names: Map<string, string> | null }) {
  const o = view.outcome;
  if (!o) return null;
  return (
    <section className="card desk-section desk-outcome" aria-labelledby="case-outcome-title">
      <h2 id="case-outcome-title">Outcome</h2>
      <p className="strong">
        {wordOf(o.outcome)}: {formatVnd(o.refundAmount)} to the buyer
      </p>
      <p className="small">
        {wordOf(o.resolvedBy)}
        {o.decidedBy ? ` by ${names?.get(o.decidedBy) ?? 'a mediator'}` : ''} · {formatVnTime(o.resolvedAt)}
      </p>
      {o.decisionReason ? <p className="desk-message-body">{o.decisionReason}</p> : null}
    </section>
  );
}
