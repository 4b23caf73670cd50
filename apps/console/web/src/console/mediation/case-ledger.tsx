import { Fragment } from 'react';
import type { Loaded } from '../../app/use-loader';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { DeskAlert, DeskLoading } from '../desk-kit/desk-ui';
import { isNotFound } from '../desk-kit/problem-text';
import { wordOf } from './mediation-queue';
import type { EscrowSummary, LedgerPage } from './mediation-types';

const AMOUNTS: ReadonlyArray<[string, string]> = [
  ['expected', 'Expected'],
  ['paid', 'Paid in'],
  ['heldNow', 'Held now'],
  ['refunded', 'Refunded'],
  ['releasedToSeller', 'Released to seller'],
  ['fee', 'Fee'],
  ['clawedBack', 'Clawed back'],
];

/** What escrow holds for the order, and the order's ledger lines (escrow). */
export function CaseLedger({ escrow, ledger }: { escrow: Loaded<EscrowSummary | null>; ledger: Loaded<LedgerPage | null> }) {
  return (
    <section className="card desk-section" aria-labelledby="case-ledger-title">
      <h2 id="case-ledger-title">Ledger</h2>
      {escrow.loading && !escrow.data ? <DeskLoading what="the escrow" /> : null}
      {isNotFound(escrow.error) ? <p>Escrow holds no account for this order.</p> : <DeskAlert error={escrow.error} />}
      {escrow.data ? (
        <dl className="desk-facts">
          <dt>Escrow state</dt>
          <dd>{wordOf(escrow.data.state)}</dd>
          <dt>Payment</dt>
          <dd>{escrow.data.paymentMethod}</dd>
          {AMOUNTS.map(([key, label]) => (
            <Fragment key={key}>
              <dt>{label}</dt>
              <dd className="desk-amount">{formatVnd(escrow.data?.amounts[key])}</dd>
            </Fragment>
          ))}
          <dt>Hold</dt>
          <dd>{escrow.data.hold ? `Held for a dispute (since state ${wordOf(escrow.data.hold.fromState)})` : 'No hold'}</dd>
        </dl>
      ) : null}
      {ledger.loading && !ledger.data ? <DeskLoading what="the ledger lines" /> : null}
      <DeskAlert error={ledger.error} />
      {ledger.data ? (
        ledger.data.items.length === 0 ? (
          <p>No ledger lines for this order yet.</p>
        ) : (
          <div className="desk-table-wrap">
            <table className="desk-table">
              <caption>Ledger lines (newest first)</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Purpose</th>
                  <th scope="col">Account</th>
                  <th scope="col">Debit</th>
                  <th scope="col">Credit</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {ledger.data.items.map((l) => (
                  <tr key={l.entryId}>
                    <td>{formatVnTime(l.createdAt)}</td>
                    <td>{l.purpose}</td>
                    <td>
                      <span>{wordOf(l.accountType)}</span>
                      <br />
                      <code className="small">{l.accountCode}</code>
                    </td>
                    <td className="desk-amount">{l.side === 'DEBIT' ? formatVnd(l.amount) : ''}</td>
                    <td className="desk-amount">{l.side === 'CREDIT' ? formatVnd(l.amount) : ''}</td>
                    <td>{l.transactionStatus === 'PENDING' ? (l.resolution ? `Pending, ${l.resolution.toLowerCase()}` : 'Pending') : 'Posted'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {ledger.data.nextCursor ? <p className="small">Showing the latest 200 lines.</p> : null}
          </div>
        )
      ) : null}
    </section>
  );
}
