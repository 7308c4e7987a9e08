import type { Check } from './Check.ts';
import { coveredBySpec } from './_internals/coveredBySpec.ts';

/** The media type is the documented one; parameters such as `charset` are allowed. */
export const contentType: Check = {
  id: 'content_type',
  description: 'The Content-Type is the media type documented for the status (parameters such as charset allowed).',
  severity: 'error',
  source: '/paths/~1v2~1session~1apps~1{appID}~1users/post/responses/*/content',
  explanation: 'the documented media type (`application/json`; parameters such as `charset` allowed)',
  appliesTo: (input) => coveredBySpec(input) && (input.operation.responseFor(input.response!.status)?.mediaTypes.length ?? 0) > 0,
  verify: ({ response, operation }) => {
    const documented = operation.responseFor(response!.status)!;
    const header = response!.headers['content-type'];
    const mediaType = header?.split(';')[0]?.trim().toLowerCase();
    if (mediaType && documented.mediaTypes.some((m) => m.toLowerCase() === mediaType)) return [];
    return [
      {
        severity: 'error',
        message:
          header === undefined
            ? `no Content-Type header; the spec documents ${documented.mediaTypes.join(' or ')} for ${documented.key}.`
            : `Content-Type "${header}" is not the documented ${documented.mediaTypes.join(' or ')} for ${documented.key}.`,
        specPointer: `${documented.pointer}/content`,
      },
    ];
  },
};
