/** Which message of the operation a change is in: what decides who it breaks. */
export type Side = 'request' | 'response';

/** What one party experiences from a change. */
export type Impact = 'breaking' | 'compatible';
