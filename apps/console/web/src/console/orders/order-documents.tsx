import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import type { HttpClient } from '../../api/http-client';
import type { IssuedDocument } from '../../api/wire-types';
import { useLoader } from '../../app/use-loader';
import { documentRows, type DocumentRow } from '../../format/document-rows';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { ConsoleError } from '../shell/console-ui';

/** The order's signed documents (escrow answers 404 while it has none). */
async function orderDocuments(client: HttpClient, orderId: string): Promise<IssuedDocument[]> {
  try {
    return (
      await client.json<{ items: IssuedDocument[] }>({
        method: 'GET',
        path: `/v1/documents?${new URLSearchParams({ orderId }).toString()}`,
      })
    ).items;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

/** Opens a document's PDF in a new tab (fetched with the operator token, so not a plain link). */
async function openPdf(client: HttpClient, row: DocumentRow): Promise<void> {
  const url = URL.createObjectURL(await client.blob(`/v1/documents/${encodeURIComponent(row.id)}.pdf`));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The order's signed electronic documents, oldest first (its hash chain), each with its PDF. */
export function OrderDocuments({ client, orderId }: { client: HttpClient; orderId: string }) {
  const loaded = useLoader(() => orderDocuments(client, orderId), [client, orderId]);
  const [failure, setFailure] = useState<unknown>(null);
  const rows = loaded.data ? documentRows(loaded.data) : [];
  if (loaded.error) return <ConsoleError error={loaded.error} />;
  if (!loaded.data) return <p className="hint">Loading the documents…</p>;
  if (rows.length === 0) return <p className="hint">No document yet: escrow issues the first when the payment is held.</p>;
  return (
    <>
      {failure ? <ConsoleError error={failure} /> : null}
      <ol className="order-documents">
        {rows.map((r) => (
          <li key={r.id}>
            <strong lang="vi">{r.title}</strong> <span className="mono">{r.number}</span>
            <br />
            {formatVnTime(r.issuedAt)}
            {r.headline ? ` · ${formatVnd(r.headline.amount)}` : ''} · SHA-256 <span className="mono">{r.fingerprint}…</span>{' '}
            <button type="button" className="button small" onClick={() => void openPdf(client, r).catch(setFailure)}>
              PDF
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
