/** True when the Accept header asks for CSV (text/csv listed, and not after JSON by q-value). */
export function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const q = (type: string): number => {
    const part = accept
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .find((p) => p.split(';')[0].trim() === type);
    if (!part) return -1;
    const m = /;\s*q=([0-9.]+)/.exec(part);
    return m ? Number(m[1]) : 1;
  };
  const csv = q('text/csv');
  return csv > 0 && csv >= q('application/json');
}
