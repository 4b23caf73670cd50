import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { consolePaths } from '../shell/console-paths';
import { actionLabel } from './money-forms';
import { operatorName, proposalRights } from './money-queue';
import type { ManualActionItem } from './money-types';

/** The order of an action as text and a link to the order explorer. */
function OrderCell({ item }: { item: ManualActionItem }) {
  return <Link to={consolePaths.order(item.orderId)}>{item.orderCode ?? item.orderId.slice(0, 8)}</Link>;
}

/** The queue: proposals awaiting a second admin, oldest first, with Approve and Reject for admins. */
export function AwaitingTable({
  items,
  operator,
  busy,
  onDecide,
}: {
  items: readonly ManualActionItem[];
  operator: { id: string; admin: boolean };
  busy: string | null;
  onDecide(item: ManualActionItem, decision: 'approve' | 'reject', note: string): void;
}) {
  const [notes, setNotes] = useState<Record<string, string>>({});
  return (
    <div className="desk-table-wrap">
      <table className="desk-table">
        <caption>Awaiting approval</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Action</th>
            <th scope="col">Amount</th>
            <th scope="col">Reason</th>
            <th scope="col">Proposed by</th>
            <th scope="col">Proposed</th>
            {operator.admin ? <th scope="col">Decision</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={operator.admin ? 7 : 6}>Nothing awaits approval.</td>
            </tr>
          ) : null}
          {items.map((item) => {
            const rights = proposalRights(item, operator);
            const code = item.orderCode ?? item.orderId;
            const noteId = `note-${item.actionId}`;
            return (
              <tr key={item.actionId}>
                <th scope="row">
                  <OrderCell item={item} />
                </th>
                <td>{actionLabel(item.kind)}</td>
                <td className="desk-amount">{formatVnd(item.amount)}</td>
                <td className="desk-message-body">{item.reason ?? '—'}</td>
                <td>{operatorName(item.proposedBy)}</td>
                <td>{formatVnTime(item.proposedAt)}</td>
                {operator.admin ? (
                  <td>
                    <div className="field">
                      <label htmlFor={noteId} className="small">
                        Note (optional)
                      </label>
                      <input id={noteId} value={notes[item.actionId] ?? ''} maxLength={1000} onChange={(e) => setNotes((n) => ({ ...n, [item.actionId]: e.target.value }))} />
                    </div>
                    <div className="desk-actions">
                      <button
                        type="button"
                        className="button small primary"
                        aria-label={`Approve ${code}`}
                        aria-describedby={rights.fourEyesNote ? `four-eyes-${item.actionId}` : undefined}
                        disabled={!rights.canApprove || busy !== null}
                        onClick={() => onDecide(item, 'approve', notes[item.actionId] ?? '')}
                      >
                        {busy === `approve-${item.actionId}` ? 'Approving…' : 'Approve'}
                      </button>
                      <button type="button" className="button small" aria-label={`Reject ${code}`} disabled={busy !== null} onClick={() => onDecide(item, 'reject', notes[item.actionId] ?? '')}>
                        {busy === `reject-${item.actionId}` ? 'Rejecting…' : 'Reject'}
                      </button>
                    </div>
                    {rights.fourEyesNote ? (
                      <p className="small" id={`four-eyes-${item.actionId}`}>
                        {rights.fourEyesNote}
                      </p>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Decided actions, newest decision first. */
export function DecidedTable({ items }: { items: readonly ManualActionItem[] }) {
  return (
    <div className="desk-table-wrap">
      <table className="desk-table">
        <caption>Decided</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Action</th>
            <th scope="col">Amount</th>
            <th scope="col">Outcome</th>
            <th scope="col">Proposed by</th>
            <th scope="col">Decided by</th>
            <th scope="col">Decided</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={8}>No decided actions yet.</td>
            </tr>
          ) : null}
          {items.map((item) => (
            <tr key={item.actionId}>
              <th scope="row">
                <OrderCell item={item} />
              </th>
              <td>{actionLabel(item.kind)}</td>
              <td className="desk-amount">{formatVnd(item.amount)}</td>
              <td>
                <span className={`desk-tag ${item.status === 'APPROVED' ? 'desk-tag-ok' : 'desk-tag-danger'}`}>{item.status === 'APPROVED' ? 'Approved' : item.status === 'REJECTED' ? 'Rejected' : item.status}</span>
              </td>
              <td>{operatorName(item.proposedBy)}</td>
              <td>{operatorName(item.decidedBy)}</td>
              <td>{formatVnTime(item.decidedAt)}</td>
              <td className="desk-message-body">{item.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
