import { parseYamlSubset, YamlSubsetError } from './yaml-subset';

describe('parseYamlSubset', () => {
  it('reads block mappings and sequences, items that are mappings, flow sequences and scalars', () => {
    const text = [
      '# a comment',
      'global:',
      '  scrape_interval: 15s   # trailing comment',
      '  external_labels:',
      '    platform: trustcircle',
      'rule_files:',
      '  - alerts.yml',
      'scrape_configs:',
      '  - job_name: escrow',
      '    static_configs:',
      "      - targets: ['127.0.0.1:3002', \"x\"]",
      '  -',
      '    job_name: orders',
      'numbers: [1, -2, 0.5, 0]',
      'flags: [true, False, null, ~]',
      "quoted: 'it''s # not a comment'",
      'escaped: "tab\\there \\"q\\""',
      'empty:',
      'url: http://127.0.0.1:9090',
      'env: ${POSTGRES_PASSWORD:?set it}',
      'empty_list: []',
    ].join('\n');
    expect(parseYamlSubset(text)).toEqual({
      global: { scrape_interval: '15s', external_labels: { platform: 'trustcircle' } },
      rule_files: ['alerts.yml'],
      scrape_configs: [{ job_name: 'escrow', static_configs: [{ targets: ['127.0.0.1:3002', 'x'] }] }, { job_name: 'orders' }],
      numbers: [1, -2, 0.5, 0],
      flags: [true, false, null, null],
      quoted: "it's # not a comment",
      escaped: 'tab\there "q"',
      empty: null,
      url: 'http://127.0.0.1:9090',
      env: '${POSTGRES_PASSWORD:?set it}',
      empty_list: [],
    });
  });

  it('reads literal blocks: | keeps one final newline, |- none; blank lines and # inside are content', () => {
    const text = ['a:', '  expr: |', '    sum(x)', '', '      # kept', '    > 0', '', '  b: |-', '    one', '    two', 'c: 1'].join('\n');
    expect(parseYamlSubset(text)).toEqual({ a: { expr: 'sum(x)\n\n  # kept\n> 0\n', b: 'one\ntwo' }, c: 1 });
  });

  it.each([
    ['a tab in indentation', 'a:\n\tb: 1', /tab/],
    ['an anchor', 'a: &x 1', /unsupported/],
    ['an alias', 'a: *x', /unsupported/],
    ['a tag', 'a: !!str 1', /unsupported/],
    ['a flow mapping', 'a: {b: 1}', /unsupported/],
    ['a folded block', 'a: >\n  b', /unsupported/],
    ['a duplicate key', 'a: 1\na: 2', /duplicate key "a"/],
    ['a YAML 1.1 boolean', 'a: yes', /YAML 1.1/],
    ['an octal-looking number', 'a: 0755', /quote it/],
    ['an exponent without a dot', 'a: 1e3', /quote it/],
    ['a sexagesimal number', 'a: 12:30', /quote it/],
    ['a plain scalar over two lines', 'a: one\n  two', /unexpected indentation/],
    ['a plain scalar with ": "', 'a: b: c', /quote it/],
    ['a sequence at its key\'s indent', 'a:\n- 1', /sequence item among mapping keys/],
    ['a document marker', '---\na: 1', /document markers/],
    ['an unterminated quote', "a: 'b", /unterminated/],
    ['text after a quoted scalar', "a: 'b' c", /unexpected text/],
    ['a multi-line flow sequence', 'a: [1,\n  2]', /one line/],
    ['a nested flow sequence', 'a: [[1]]', /scalars only/],
    ['a mis-indented key', 'a:\n    b: 1\n  c: 2', /unexpected indentation/],
  ])('refuses %s', (_what, text, message) => {
    let error: unknown;
    try {
      parseYamlSubset(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(YamlSubsetError);
    expect((error as Error).message).toMatch(message);
  });

  it('names the line of a refusal', () => {
    expect(() => parseYamlSubset('a: 1\nb:\n  c: yes')).toThrow('line 3: "yes" is a boolean in YAML 1.1');
  });
});
