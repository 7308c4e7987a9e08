import type { Check } from './Check.ts';

/** Advisory from the spec's prose on `UserID`: "It is prefixed with 'usr_'". */
export const userIdPrefix: Check = {
  id: 'user_id_prefix',
  description: "A created user's id carries the prefix the spec's prose announces (usr_; warning).",
  severity: 'warning',
  source: '/components/schemas/UserID (its prose)',
  explanation: "the created id starts with `usr_`, as the spec's prose says",
  appliesTo: ({ response, operation }) =>
    response?.status === operation.successStatus && typeof (response.json as { id?: unknown } | undefined)?.id === 'string',
  verify: ({ response, profile }) => {
    const id = (response!.json as { id: string }).id;
    return id.startsWith(profile.userIdPrefix)
      ? []
      : [
          {
            severity: 'warning',
            message: `user id ${JSON.stringify(id)} does not start with "${profile.userIdPrefix}".`,
            specPointer: '/components/schemas/UserID/description',
          },
        ];
  },
};
