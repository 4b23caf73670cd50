import { useState } from 'react';
import { usePortal } from '../../app/portal-context';
import { ErrorAlert } from '../../app/ui';
import { useBuyerLoad } from '../../app/use-buyer-load';
import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { useI18n } from '../../i18n/i18n-context';
import { documentRows, type DocumentRow } from '../../format/document-rows';

/** Saves a blob under `fileName` (an object URL, revoked once the browser has it). */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The order's signed electronic documents (escrow's receipts and decision records), oldest first, each with its
 * PDF (fetched with the buyer token, so not a plain link).
 */
export function DocumentsSection({ orderCode }: { orderCode: string }) {
  const { m } = useI18n();
  const { api } = usePortal();
  const docs = useBuyerLoad(orderCode, () => api.documents(), [orderCode]);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const download = async (row: DocumentRow): Promise<void> => {
    setBusy(row.id);
    setFailed(null);
    try {
      save(await api.documentPdf(row.id), row.fileName);
    } catch {
      setFailed(row.id);
    } finally {
      setBusy(null);
    }
  };

  const rows = docs.data ? documentRows(docs.data) : [];
  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title">{m.order.documentsHeading}</h2>
      <p className="hint">{m.order.documentsIntro}</p>
      <ErrorAlert error={docs.problem} />
      {docs.data && rows.length === 0 ? <p>{m.order.documentsEmpty}</p> : null}
      {rows.length > 0 ? (
        <ul className="documents">
          {rows.map((r) => (
            <li key={r.id}>
              <p>
                <strong lang="vi">{r.title}</strong>
                <br />
                {m.order.documentNumber} <code>{r.number}</code> · <time dateTime={r.issuedAt}>{formatVnTime(r.issuedAt)}</time>
                {r.headline ? (
                  <>
                    {' '}
                    · <span lang="vi">{r.headline.label}</span>: {formatVnd(r.headline.amount)}
                  </>
                ) : null}
                <br />
                <small>
                  SHA-256 <code>{r.fingerprint}…</code>
                </small>
              </p>
              <button type="button" className="button small" onClick={() => void download(r)} disabled={busy !== null}>
                {m.order.documentPdf}
              </button>
              {failed === r.id ? (
                <p role="alert" className="hint">
                  {m.order.documentPdfFailed}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
