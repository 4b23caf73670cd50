/** One sample of the Prometheus text exposition: `name{label="value",…} value`. */
export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?\s*$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/gy;

/**
 * Parses the Prometheus text format (version 0.0.4), keeping the samples whose name `wanted` accepts (all by
 * default). Comments, blank lines and malformed lines are skipped: a service's odd line never breaks the overview.
 */
export function parsePrometheusText(text: string, wanted: (name: string) => boolean = () => true): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match || !wanted(match[1])) continue;
    const labels = parseLabels(match[2] ?? '');
    const value = parseValue(match[3]);
    if (labels && value !== undefined) samples.push({ name: match[1], labels, value });
  }
  return samples;
}

function parseLabels(text: string): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  let consumed = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    labels[m[1]] = m[2].replace(/\\(.)/g, (_all, c: string) => (c === 'n' ? '\n' : c));
    consumed = LABEL.lastIndex;
  }
  return text.slice(consumed).trim() === '' ? labels : undefined;
}

function parseValue(text: string): number | undefined {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  const value = Number(text);
  return Number.isNaN(value) && text !== 'NaN' ? undefined : value;
}
