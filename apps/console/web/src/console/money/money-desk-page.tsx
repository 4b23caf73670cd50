import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLoader } from '../../app/use-loader';
import { formatVnd } from '../../format/vnd';
import { DeskAlert, DeskLoading, DeskStatus, useDeskAction, usePolling } from '../desk-kit/desk-ui';
import { isNotFound } from '../desk-kit/problem-text';
import { roleAtLeast } from '../session/operator-role';
import { useOperator } from '../session/operator-context';
import { AwaitingTable, DecidedTable } from './manual-action-tables';
import { MoneyApi } from './money-api';
import { actionLabel } from './money-forms';
import { type LocalActions, moneyTables, NO_LOCAL_ACTIONS, pruneLocal } from './money-queue';
import type { ManualActionItem } from './money-types';
import { type Prefill, ProposeForm } from './propose-form';
import '../desk-kit/desk.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The money desk: manual money actions awaiting a second admin (refreshed every 5 s, so another admin's proposal
 * shows up), the decided ones, and (admins) the proposal form. Viewers see; admins act; four eyes.
 */
export function MoneyDeskPage() {
  const { client, operator } = useOperator();
  const api = useMemo(() => new MoneyApi(client), [client]);
  const admin = roleAtLeast(operator.role, 'admin');
  const [params] = useSearchParams();
  const orderIdParam = params.get('orderId');
  const prefillId = orderIdParam && UUID.test(orderIdParam) ? orderIdParam.toLowerCase() : null;

  const queue = useLoader(() => api.list('PROPOSED', 200), [api]);
  const recent = useLoader(() => api.list(undefined, 50), [api]);
  const reload = () => {
    queue.reload();
    recent.reload();
  };
  usePolling(reload, 5_000);

  const [local, setLocal] = useState<LocalActions>(NO_LOCAL_ACTIONS);
  useEffect(() => {
    if (queue.data && recent.data) setLocal((l) => pruneLocal(l, queue.data?.items ?? [], recent.data?.items ?? []));
  }, [queue.data, recent.data]);
  const tables = moneyTables(queue.data?.items ?? [], recent.data?.items ?? [], local);

  const prefill = useLoader(async (): Promise<Prefill | null> => {
    if (!prefillId) return null;
    const hits = await api.findOrders(prefillId);
    return { orderId: prefillId, code: hits.find((h) => h.orderId === prefillId)?.code ?? null };
  }, [api, prefillId]);
  const escrow = useLoader(() => (prefillId ? api.escrow(prefillId) : Promise.resolve(null)), [api, prefillId]);

  const decision = useDeskAction();
  const decide = (item: ManualActionItem, verdict: 'approve' | 'reject', note: string) =>
    void decision.run(
      `${verdict}-${item.actionId}`,
      async () => {
        const answer = await api.decide(item.orderId, item.actionId, verdict, note);
        setLocal((l) => ({ ...l, decided: [...l.decided, { action: answer, deciderName: operator.name }] }));
        reload();
      },
      `${verdict === 'approve' ? 'Approved' : 'Rejected'}: ${actionLabel(item.kind).toLowerCase()} on ${item.orderCode ?? item.orderId}.`,
    );

  return (
    <article className="desk" aria-labelledby="money-title">
      <div className="page-head">
        <h1 id="money-title">Money desk</h1>
        <div className="head-actions">
          <button type="button" className="button small" onClick={reload} disabled={queue.loading}>
            Refresh
          </button>
        </div>
      </div>
      <p className="desk-note">Manual money actions at escrow: one admin proposes, another approves (the money moves at once) or rejects.</p>

      {admin ? (
        <>
          {prefillId && escrow.data ? (
            <p className="desk-note">
              Escrow of {escrow.data.orderCode}: {escrow.data.state.toLowerCase().replace(/_/g, ' ')}, holds {formatVnd(escrow.data.amounts.heldNow)}, released to the seller{' '}
              {formatVnd(escrow.data.amounts.releasedToSeller)}.
            </p>
          ) : null}
          {prefillId && isNotFound(escrow.error) ? <p className="desk-note">Escrow holds no account for this order.</p> : null}
          <ProposeForm
            api={api}
            initialOrder={prefillId ?? ''}
            prefill={prefill.data ?? null}
            accountCodes={[...new Set((escrow.data?.ledgerLines ?? []).map((l) => l.accountCode))]}
            onProposed={(action, orderCode) => {
              setLocal((l) => ({ ...l, proposed: [...l.proposed, { action, orderCode, proposerName: operator.name }] }));
              reload();
            }}
          />
        </>
      ) : (
        <p className="desk-note">Only admins can propose, approve or reject manual actions.</p>
      )}

      <section className="card desk-section" aria-labelledby="awaiting-title">
        <h2 id="awaiting-title">Queue</h2>
        <DeskAlert error={decision.failure} />
        {decision.done ? <DeskStatus>{decision.done}</DeskStatus> : null}
        <DeskAlert error={queue.error} />
        {queue.loading && !queue.data ? <DeskLoading what="the queue" /> : null}
        {queue.data ? <AwaitingTable items={tables.awaiting} operator={{ id: operator.id, admin }} busy={decision.busy} onDecide={decide} /> : null}
      </section>

      <section className="card desk-section" aria-labelledby="decided-title">
        <h2 id="decided-title">History</h2>
        <DeskAlert error={recent.error} />
        {recent.loading && !recent.data ? <DeskLoading what="the decided actions" /> : null}
        {recent.data ? <DecidedTable items={tables.decided} /> : null}
      </section>
    </article>
  );
}
