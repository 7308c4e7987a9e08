/**
 * One way through a numbering-plan pattern: the digits allowed at each position, in order. Any
 * string made by taking one allowed digit per position matches the pattern, so a path is a set
 * of numbers that are all valid together, and a number's trailing positions can be rewritten
 * within their sets without leaving the plan.
 */
export type DigitPath = readonly string[];

type PatternNode =
  | { readonly kind: 'digits'; readonly allowed: string }
  | { readonly kind: 'sequence'; readonly items: readonly PatternNode[] }
  | { readonly kind: 'either'; readonly options: readonly PatternNode[] }
  | { readonly kind: 'repeat'; readonly node: PatternNode; readonly min: number; readonly max: number };

const ALL_DIGITS = '0123456789';

/**
 * Every path through a libphonenumber national-number pattern. Those patterns use a small,
 * regular part of regex syntax (digits, `\d`, `[…]` classes with ranges, `(?:…)` groups, `|`,
 * `?` and `{n}`/`{n,m}`): anything else is refused loudly, so a metadata update that brings new
 * syntax fails the build of the tables instead of drawing numbers the plan does not allow.
 */
export function digitPaths(pattern: string): DigitPath[] {
  return expand(parsePattern(pattern));
}

/** Whether `digits` is one of the numbers the path allows. */
export function pathAllows(path: DigitPath, digits: string): boolean {
  return path.length === digits.length && path.every((allowed, i) => allowed.includes(digits[i]!));
}

function expand(node: PatternNode): DigitPath[] {
  switch (node.kind) {
    case 'digits':
      return [[node.allowed]];
    case 'either':
      return node.options.flatMap(expand);
    case 'sequence':
      return node.items.reduce<DigitPath[]>(
        (heads, item) => {
          const tails = expand(item);
          return heads.flatMap((head) => tails.map((tail) => [...head, ...tail]));
        },
        [[]],
      );
    case 'repeat': {
      const once = expand(node.node);
      const out: DigitPath[] = [];
      let repeated: DigitPath[] = [[]];
      for (let count = 0; count <= node.max; count++) {
        if (count >= node.min) out.push(...repeated);
        repeated = repeated.flatMap((head) => once.map((tail) => [...head, ...tail]));
      }
      return out;
    }
  }
}

function parsePattern(pattern: string): PatternNode {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`unsupported numbering-plan pattern syntax (${what}) at ${at} in /${pattern}/`);
  };
  const either = (): PatternNode => {
    const options = [sequence()];
    while (pattern[at] === '|') {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'either', options };
  };
  const sequence = (): PatternNode => {
    const items: PatternNode[] = [];
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') items.push(quantified(atom()));
    return { kind: 'sequence', items };
  };
  const atom = (): PatternNode => {
    const char = pattern[at]!;
    if (char === '(') {
      at += pattern.startsWith('(?:', at) ? 3 : 1;
      const group = either();
      if (pattern[at] !== ')') fail('unclosed group');
      at++;
      return group;
    }
    if (pattern.startsWith('\\d', at)) {
      at += 2;
      return { kind: 'digits', allowed: ALL_DIGITS };
    }
    if (char === '[') return characterClass();
    if (/\d/.test(char)) {
      at++;
      return { kind: 'digits', allowed: char };
    }
    return fail(`"${char}"`);
  };
  const characterClass = (): PatternNode => {
    const end = pattern.indexOf(']', at);
    const body = end < 0 ? fail('unclosed class') : pattern.slice(at + 1, end);
    if (!/^(\d(-\d)?)+$/.test(body)) fail(`class [${body}]`);
    let allowed = '';
    for (const [, from, to] of body.matchAll(/(\d)(?:-(\d))?/g)) {
      for (let d = Number(from); d <= Number(to ?? from); d++) allowed += String(d);
    }
    at = end + 1;
    return { kind: 'digits', allowed: [...new Set(allowed)].sort().join('') };
  };
  const quantified = (node: PatternNode): PatternNode => {
    if (pattern[at] === '?') {
      at++;
      return { kind: 'repeat', node, min: 0, max: 1 };
    }
    const bounds = /^\{(\d+)(?:,(\d+))?\}/.exec(pattern.slice(at));
    if (bounds === null) return node;
    at += bounds[0].length;
    return { kind: 'repeat', node, min: Number(bounds[1]), max: Number(bounds[2] ?? bounds[1]) };
  };
  const root = either();
  if (at !== pattern.length) fail('unbalanced ")"');
  return root;
}
