import { useState } from 'react';
import { formatVnTime } from '../../format/vn-time';
import { useObjectUrl } from '../desk-kit/desk-ui';
import { attachedEvidence, fileSizeText, partyOf, previewOf, safeLink } from './evidence-display';
import type { MediationApi } from './mediation-api';
import type { DisputeEvidence } from './mediation-types';

/** The files and links the parties attached: image thumbnails, other files fetched on demand, links. */
export function CaseEvidence({ evidence, api }: { evidence: readonly DisputeEvidence[]; api: MediationApi }) {
  const items = attachedEvidence(evidence);
  return (
    <section className="card desk-section" aria-labelledby="case-evidence-title">
      <h2 id="case-evidence-title">Evidence</h2>
      {items.length === 0 ? <p>No files or links were attached.</p> : null}
      <ul className="desk-evidence">
        {items.map((e, i) => (
          <li key={e.evidenceId ?? `item-${i}`} className="desk-evidence-item">
            <p className="small">
              {partyOf(e.submittedByRole)} · {formatVnTime(e.at)}
              {e.kind === 'FILE' && e.size !== null ? ` · ${e.contentType ?? 'file'} · ${fileSizeText(e.size)}` : ''}
            </p>
            {e.description ? <p>{e.description}</p> : null}
            {e.kind === 'FILE' && e.contentUrl ? <EvidenceFile item={e} contentUrl={e.contentUrl} index={i + 1} api={api} /> : null}
            {e.kind === 'LINK' ? <EvidenceLink url={e.url} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EvidenceLink({ url }: { url: string | null }) {
  const safe = safeLink(url);
  if (!safe) return <p className="small">A link that cannot be opened safely: {url ?? '—'}</p>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {safe}
    </a>
  );
}

/**
 * A file: an image is shown as a thumbnail at once; other files (PDFs, videos) are fetched when asked, with the
 * operator token, and opened from a link (the page's CSP lets images, not media, load from `blob:` URLs).
 */
function EvidenceFile({ item, contentUrl, index, api }: { item: DisputeEvidence; contentUrl: string; index: number; api: MediationApi }) {
  const preview = previewOf(item.contentType);
  const [wanted, setWanted] = useState(preview === 'image');
  const file = useObjectUrl(wanted ? () => api.evidenceContent(contentUrl) : null);
  const name = `Evidence ${index} from ${partyOf(item.submittedByRole)}${item.description ? `: ${item.description}` : ''}`;
  if (file.failed) return <p className="field-error">The file could not be loaded.</p>;
  if (!wanted) {
    return (
      <button type="button" className="button small" onClick={() => setWanted(true)} aria-label={`Fetch evidence file ${index}`}>
        Fetch file
      </button>
    );
  }
  if (!file.url) return <p className="small">Loading the file…</p>;
  return (
    <div className="desk-evidence-file">
      {preview === 'image' ? (
        <a href={file.url} target="_blank" rel="noopener noreferrer">
          <img src={file.url} alt={name} className="desk-thumbnail" />
        </a>
      ) : null}
      <p>
        <a href={file.url} target="_blank" rel="noopener noreferrer" download={preview === 'file' ? `evidence-${index}` : undefined}>
          Open evidence file {index}
        </a>
      </p>
    </div>
  );
}
