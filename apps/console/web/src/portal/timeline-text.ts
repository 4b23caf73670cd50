import type { FactDetail, PublicTimelineEntry } from '../api/wire-types';
import { formatVnd } from '../format/vnd';
import { formatVnTime } from '../format/vn-time';
import type { FactDetailReader, Messages } from '../i18n/messages';

/** Reads a timeline step's detail, amounts and times formatted for people. */
export function detailReader(detail: FactDetail): FactDetailReader {
  const value = (key: string): string | number | boolean | null => detail[key] ?? null;
  return {
    vnd: (key) => {
      const v = value(key);
      return formatVnd(typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);
    },
    time: (key) => {
      const v = value(key);
      return formatVnTime(typeof v === 'string' ? v : null);
    },
    str: (key) => {
      const v = value(key);
      return v === null ? '' : String(v);
    },
    num: (key) => {
      const v = value(key);
      return typeof v === 'number' ? v : null;
    },
    flag: (key) => value(key) === true,
  };
}

/** One timeline step in plain words, in the language of `m`. */
export function factText(entry: Pick<PublicTimelineEntry, 'fact' | 'detail'>, m: Messages): string {
  const text = m.order.facts[entry.fact];
  return text ? text(detailReader(entry.detail)) : m.order.unknownFact(entry.fact);
}

/** The order's status in plain words: a title and what it means for the buyer. */
export function statusText(status: string, m: Messages): { title: string; explanation: string } {
  return m.order.statuses[status] ?? m.order.unknownStatus(status);
}
