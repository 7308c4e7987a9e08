import type { Check } from './Check.ts';

const MIB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${bytes} bytes`);

/**
 * A body larger than the suite reads is cut, and a cut body cannot be judged: the other checks
 * judge its status only (a code they cannot read is given the benefit of the doubt). The spec
 * sets no size limit, so this is a warning that says what went unjudged, never "not JSON".
 */
export const responseSize: Check = {
  id: 'response_size',
  description: 'A response body larger than the suite reads is named, with its size and the limit; its body goes unjudged (warning).',
  severity: 'warning',
  source: 'none: the spec sets no size; the suite reads 1 MiB',
  explanation: 'a body larger than the suite reads (1 MiB) is named with its size; only its status is judged',
  appliesTo: ({ response }) => response !== undefined,
  verify: ({ response }) => {
    if (!response!.truncated) return [];
    const measured = response!.size ? `${response!.size.atLeast ? 'more than ' : ''}${size(response!.size.bytes)}` : 'larger than the limit';
    const limit = response!.readLimitBytes === undefined ? 'the limit' : size(response!.readLimitBytes);
    return [
      {
        severity: 'warning',
        message: `the ${response!.status} body is ${measured}, more than the ${limit} the suite reads: only its status was judged.`,
      },
    ];
  },
};
