/**
 * What a PromQL expression refers to: the metric names it selects, the labels each selector matches on, and the
 * labels of its `by`/`without`/`on`/`ignoring`/`group_left`/`group_right` clauses. Used to prove that every name
 * in the Grafana dashboards and Prometheus alert rules exists on the live services.
 *
 * A small tokenizer, not a full parser: strings, label matchers, ranges and subqueries (`[5m]`, `[1h:1m]`),
 * numbers and durations, Grafana variables (`$service`, `${service}`, `$__rate_interval`), comments and operators
 * are skipped; an identifier followed by `(` must be a PromQL function or aggregation (an unknown one is
 * refused, so a typo never hides a metric); any other identifier is a metric name. Selectors without a metric
 * name (`{__name__=~"…"}`) are refused: their names cannot be checked.
 */

/** What one expression refers to. */
export interface PromqlReferences {
  /** Metric names, in order of first appearance, without duplicates. */
  metrics: string[];
  /** One entry per selector with label matchers: the metric and the label names it matches on. */
  selectors: Array<{ metric: string; labels: string[] }>;
  /** Labels named in grouping and vector-matching clauses, without duplicates. */
  groupingLabels: string[];
}

/** PromQL's aggregation operators (Prometheus 3). */
const AGGREGATIONS = new Set(['sum', 'min', 'max', 'avg', 'group', 'stddev', 'stdvar', 'count', 'count_values', 'bottomk', 'topk', 'quantile', 'limitk', 'limit_ratio']);

/** PromQL's functions (Prometheus 3), and `start`/`end` of the `@` modifier. */
const FUNCTIONS = new Set([
  'abs', 'absent', 'absent_over_time', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'avg_over_time', 'ceil', 'changes', 'clamp', 'clamp_max',
  'clamp_min', 'cos', 'cosh', 'count_over_time', 'day_of_month', 'day_of_week', 'day_of_year', 'days_in_month', 'deg', 'delta', 'deriv',
  'double_exponential_smoothing', 'end', 'exp', 'floor', 'histogram_avg', 'histogram_count', 'histogram_fraction', 'histogram_quantile',
  'histogram_stddev', 'histogram_stdvar', 'histogram_sum', 'holt_winters', 'hour', 'idelta', 'increase', 'info', 'irate', 'label_join',
  'label_replace', 'last_over_time', 'ln', 'log10', 'log2', 'mad_over_time', 'max_over_time', 'min_over_time', 'minute', 'month', 'pi',
  'predict_linear', 'present_over_time', 'quantile_over_time', 'rad', 'rate', 'resets', 'round', 'scalar', 'sgn', 'sin', 'sinh', 'sort',
  'sort_by_label', 'sort_by_label_desc', 'sort_desc', 'sqrt', 'start', 'stddev_over_time', 'stdvar_over_time', 'sum_over_time', 'tan', 'tanh',
  'time', 'timestamp', 'vector', 'year',
]);

/** Binary and modifier keywords (case-insensitive in PromQL). */
const KEYWORDS = new Set(['and', 'or', 'unless', 'atan2', 'bool', 'offset', 'inf', 'nan']);

/** Clauses followed by a parenthesised list of label names (optional for group_left/group_right). */
const LABEL_CLAUSES = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);

const IDENT = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;

/** Parses `expr`; throws on anything it cannot account for. */
export function promqlReferences(expr: string): PromqlReferences {
  const metrics: string[] = [];
  const selectors: PromqlReferences['selectors'] = [];
  const grouping: string[] = [];
  let i = 0;

  const fail = (why: string): never => {
    throw new Error(`PromQL: ${why} at ${i} in: ${expr}`);
  };
  const skipSpace = (): void => {
    for (;;) {
      while (i < expr.length && /\s/.test(expr[i])) i++;
      if (expr[i] !== '#') return;
      while (i < expr.length && expr[i] !== '\n') i++;
    }
  };
  /** Skips a quoted string starting at `i`. */
  const skipString = (): void => {
    const quote = expr[i++];
    while (i < expr.length && expr[i] !== quote) i += quote !== '`' && expr[i] === '\\' ? 2 : 1;
    if (i >= expr.length) fail('an unterminated string');
    i++;
  };
  /** Reads `{label op "value", …}` at `i`. */
  const matchers = (): Array<{ label: string; op: string; value: string }> => {
    const out: Array<{ label: string; op: string; value: string }> = [];
    i++; // {
    for (;;) {
      skipSpace();
      if (expr[i] === '}') break;
      let label: string;
      if (expr[i] === '"') label = readString();
      else {
        label = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(expr.slice(i))?.[0] ?? fail('a label name expected');
        i += label.length;
      }
      skipSpace();
      const op = /^(=~|!~|!=|=)/.exec(expr.slice(i))?.[0] ?? fail('a matcher operator expected');
      i += op.length;
      skipSpace();
      if (expr[i] !== '"' && expr[i] !== "'" && expr[i] !== '`') fail('a quoted matcher value expected');
      const value = readString();
      out.push({ label, op, value });
      skipSpace();
      if (expr[i] === ',') {
        i++;
        continue;
      }
      if (expr[i] !== '}') fail('"," or "}" expected in a selector');
    }
    i++; // }
    return out;
  };
  /** Reads a quoted string at `i` and returns its raw content (escapes kept). */
  const readString = (): string => {
    const start = i;
    skipString();
    return expr.slice(start + 1, i - 1);
  };
  /** Skips `[…]` (a range, a subquery, Grafana variables inside). */
  const skipBrackets = (): void => {
    const close = expr.indexOf(']', i);
    if (close === -1) fail('an unterminated "["');
    i = close + 1;
  };
  /** Reads `(label, …)` at `i`. */
  const labelList = (): string[] => {
    if (expr[i] !== '(') fail('"(" expected after a grouping clause');
    const close = expr.indexOf(')', i);
    if (close === -1) fail('an unterminated label list');
    const labels = expr
      .slice(i + 1, close)
      .split(',')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    for (const l of labels) if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(l)) fail(`not a label name: ${l}`);
    i = close + 1;
    return labels;
  };
  const peekWord = (): string | undefined => {
    const save = i;
    skipSpace();
    const word = IDENT.exec(expr.slice(i))?.[0];
    i = save;
    return word;
  };

  let depth = 0;
  for (skipSpace(); i < expr.length; skipSpace()) {
    const c = expr[i];
    if (c === '"' || c === "'" || c === '`') skipString();
    else if (c === '[') skipBrackets();
    else if (c === '{') {
      const named = matchers().find((m) => m.label === '__name__');
      fail(named ? 'a selector by __name__ (name the metric instead)' : 'a selector without a metric name');
    } else if (c === '$') {
      i++;
      if (expr[i] === '{') {
        const close = expr.indexOf('}', i);
        if (close === -1) fail('an unterminated Grafana variable');
        i = close + 1;
      } else i += IDENT.exec(expr.slice(i))?.[0].length ?? fail('a Grafana variable name expected');
    } else if (/[0-9.]/.test(c)) {
      i += /^[0-9a-zA-Z_.]+/.exec(expr.slice(i))?.[0].length ?? 1; // numbers, hex, durations (5m, 1h30m, 1e3)
    } else if (IDENT.test(expr.slice(i))) {
      const word = (IDENT.exec(expr.slice(i)) as RegExpExecArray)[0];
      i += word.length;
      const lower = word.toLowerCase();
      if (KEYWORDS.has(lower)) continue;
      if (LABEL_CLAUSES.has(lower)) {
        skipSpace();
        if (expr[i] === '(') grouping.push(...labelList());
        else if (lower !== 'group_left' && lower !== 'group_right') fail(`"(" expected after ${word}`);
        continue;
      }
      skipSpace();
      if (expr[i] === '(') {
        if (!FUNCTIONS.has(word) && !AGGREGATIONS.has(word)) fail(`unknown function ${word}`);
        continue;
      }
      if (AGGREGATIONS.has(word) && ['by', 'without'].includes(peekWord() ?? '')) continue; // `sum by (x) (…)`
      if (!metrics.includes(word)) metrics.push(word);
      if (expr[i] === '{') {
        const labels = matchers().map((m) => m.label);
        if (labels.length > 0) selectors.push({ metric: word, labels });
      }
    } else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      if (--depth < 0) fail('an unbalanced ")"');
      i++;
    } else if ('+-*/%^=!<>,@'.includes(c)) i++;
    else fail(`unexpected "${c}"`);
  }
  if (depth !== 0) fail('an unbalanced "("');
  return { metrics, selectors, groupingLabels: [...new Set(grouping)] };
}
