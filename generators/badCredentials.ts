/**
 * Ways to send a request without valid credentials, as the `Authorization` header each sends
 * (`null`: none). `token` is the real token, used under another scheme: a server that strips any
 * scheme and compares what is left would accept it. Adding a way is adding a row.
 */
export const BAD_CREDENTIALS: ReadonlyArray<{ readonly name: string; readonly authorization: (token: string, wrongToken: string) => string | null }> = [
  { name: 'missing', authorization: () => null },
  { name: 'empty-bearer', authorization: () => 'Bearer ' },
  { name: 'wrong-token', authorization: (_token, wrongToken) => `Bearer ${wrongToken}` },
  { name: 'basic-scheme', authorization: (token) => `Basic ${token}` },
  { name: 'token-scheme', authorization: (token) => `Token ${token}` },
];
