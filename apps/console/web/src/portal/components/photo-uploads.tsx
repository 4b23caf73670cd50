import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceItem } from '../../api/wire-types';
import { usePortal } from '../../app/portal-context';
import { MAX_EVIDENCE_ITEMS, photoProblem } from '../forms';

/** One photo the buyer picked: uploaded at once, so sending the form waits for nothing. */
export interface PhotoUpload {
  key: string;
  name: string;
  previewUrl: string;
  status: 'uploading' | 'uploaded' | 'failed';
  fileId: string | null;
  /** Why it failed: a local check (`notImage`, `tooLarge`) or the server's answer. */
  failure: 'notImage' | 'tooLarge' | unknown;
}

/** The photos of one form: add (uploads them), remove, and the evidence items of those uploaded. */
export interface PhotoUploads {
  items: PhotoUpload[];
  /** Some photo is still uploading. */
  busy: boolean;
  /** Some photo failed (the buyer removes it, or the form would silently drop it). */
  failed: boolean;
  /** Too many photos were picked (the extra ones were left out). */
  overLimit: boolean;
  add(files: Iterable<File>): void;
  remove(key: string): void;
  clear(): void;
  evidence(): EvidenceItem[];
}

let counter = 0;

/**
 * Uploads each picked photo to `POST /v1/public/disputes/evidence-files` at once (photos that are not images or are
 * over 10 MB are refused here, before any upload); an expired buyer token goes to `onExpired`.
 */
export function usePhotoUploads(onExpired: (error: unknown) => boolean): PhotoUploads {
  const { api } = usePortal();
  const [items, setItems] = useState<PhotoUpload[]>([]);
  const [overLimit, setOverLimit] = useState(false);
  const urls = useRef(new Set<string>());

  useEffect(() => {
    const live = urls.current;
    return () => {
      for (const url of live) URL.revokeObjectURL(url);
      live.clear();
    };
  }, []);

  const update = useCallback((key: string, patch: Partial<PhotoUpload>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i))), []);

  const count = useRef(0);
  count.current = items.length;

  const add = useCallback(
    (files: Iterable<File>) => {
      const picked = [...files];
      const room = Math.max(0, MAX_EVIDENCE_ITEMS - count.current);
      setOverLimit(picked.length > room);
      const accepted = picked.slice(0, room).map((file): PhotoUpload => {
        const previewUrl = URL.createObjectURL(file);
        urls.current.add(previewUrl);
        const problem = photoProblem(file);
        return { key: `photo-${++counter}`, name: file.name, previewUrl, status: problem ? 'failed' : 'uploading', fileId: null, failure: problem };
      });
      count.current += accepted.length;
      setItems((current) => [...current, ...accepted]);
      accepted.forEach((item, i) => {
        if (item.status !== 'uploading') return;
        const file = picked[i];
        api.uploadEvidence(file, file.name).then(
          (uploaded) => update(item.key, { status: 'uploaded', fileId: uploaded.fileId }),
          (error: unknown) => {
            if (onExpired(error)) return;
            update(item.key, { status: 'failed', failure: error });
          },
        );
      });
    },
    [api, onExpired, update],
  );

  const remove = useCallback((key: string) => {
    setItems((all) => {
      const gone = all.find((i) => i.key === key);
      if (gone) {
        URL.revokeObjectURL(gone.previewUrl);
        urls.current.delete(gone.previewUrl);
      }
      return all.filter((i) => i.key !== key);
    });
    setOverLimit(false);
  }, []);

  const clear = useCallback(() => {
    setItems((all) => {
      for (const i of all) {
        URL.revokeObjectURL(i.previewUrl);
        urls.current.delete(i.previewUrl);
      }
      return [];
    });
    setOverLimit(false);
  }, []);

  return {
    items,
    busy: items.some((i) => i.status === 'uploading'),
    failed: items.some((i) => i.status === 'failed'),
    overLimit,
    add,
    remove,
    clear,
    evidence: () => items.filter((i) => i.status === 'uploaded' && i.fileId).map((i) => ({ fileId: i.fileId as string })),
  };
}
