import { useId } from 'react';
import { describeApiError } from '../../api/problem-message';
import { useI18n } from '../../i18n/i18n-context';
import type { PhotoUploads } from './photo-uploads';

/**
 * The photo input of a form (label "Thêm ảnh chụp"; the phone offers its camera or gallery), with each photo's
 * preview, upload state and a button to remove it.
 */
export function PhotoPicker({ uploads }: { uploads: PhotoUploads }) {
  const { m } = useI18n();
  const id = useId();
  const failureText = (failure: unknown): string =>
    failure === 'tooLarge' ? m.complaint.photoTooLarge : failure === 'notImage' ? m.complaint.photoNotImage : describeApiError(failure, m.problems).message;
  return (
    <div className="field photo-picker">
      <label htmlFor={`${id}-photos`}>{m.complaint.photosLabel}</label>
      <p className="hint" id={`${id}-photos-hint`}>
        {m.complaint.photosHint}
      </p>
      <input
        id={`${id}-photos`}
        type="file"
        accept="image/*"
        multiple
        aria-describedby={`${id}-photos-hint`}
        onChange={(e) => {
          if (e.target.files) uploads.add(e.target.files);
          e.target.value = '';
        }}
      />
      {uploads.overLimit ? <p className="field-error">{m.complaint.tooManyPhotos}</p> : null}
      {uploads.items.length > 0 ? (
        <ul className="photos" aria-label={m.complaint.photosListLabel}>
          {uploads.items.map((p) => (
            <li key={p.key} className={`photo photo-${p.status}`}>
              <img src={p.previewUrl} alt={p.name} />
              <div>
                <span className="photo-name">{p.name}</span>
                <span className="photo-status" role="status">
                  {p.status === 'uploading' ? m.complaint.photoUploading : p.status === 'uploaded' ? m.complaint.photoUploaded : m.complaint.photoFailed(failureText(p.failure))}
                </span>
              </div>
              <button type="button" className="button small" aria-label={m.complaint.removePhoto(p.name)} onClick={() => uploads.remove(p.key)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
