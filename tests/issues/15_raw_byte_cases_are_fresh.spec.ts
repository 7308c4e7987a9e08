import { expect, test } from '@playwright/test';
import type { CreateUserCase } from '../../vocabulary/CreateUserCase.ts';
import { casePipeline } from '../../runner/casePipeline.ts';
import { DEFAULT_SERVER_CHOICES } from '../../spec/latitude.ts';
import { startEmulator } from '../_support/startEmulator.ts';
import { suiteContextFor } from '../_support/suiteContextFixture.ts';

// Issue 15, seen item 4: raw-byte negative cases were sent with their identities unchanged, so a
// replay (or a second send of the same template) met the first send's user: 409, "intermittent?".
const MALFORMED: CreateUserCase = {
  family: 'negative/malformed',
  app: 'enabled',
  // external_id first: the bad byte lands in it, where any string is valid.
  body: { external_id: 'customer-user-42', identifiers: [{ type: 'email_address', value: 'ann@example.com' }] },
  malformed: { name: 'invalid-utf8', variant: 0 },
  expectation: { kind: 'rejected', status: 400, codes: ['invalid_request'], rule: '/x', mutation: 'malformed:invalid-utf8' },
  freshIdentities: true,
};

test('a raw-byte case is made from the freshened body: every send carries new identities, so none meets an earlier one', async () => {
  // A lenient server reads the bytes as a valid create: a second send of unchanged identities would get 409.
  const emulator = await startEmulator({ choices: { ...DEFAULT_SERVER_CHOICES, requestEncoding: 'lenient' } });
  try {
    const pipeline = casePipeline(suiteContextFor(emulator.url, { CONFORMANCE_RUN_ID: 'rtest0001' }), 'rtest0001w0');
    const [first, second] = [await pipeline.send(MALFORMED), await pipeline.send(MALFORMED)];
    const sent = [first, second].map((o) => Buffer.from(o.exchange.request.body as Uint8Array).toString('latin1'));
    expect(sent[0]).not.toBe(sent[1]);
    // Each send carries its own identities, none of them the template's.
    const emails = sent.map((bytes) => /"value":"([^"]+)"/.exec(bytes)?.[1]);
    expect(new Set(emails).size).toBe(2);
    for (const [index, bytes] of sent.entries()) {
      expect(bytes).toContain('\xff');
      expect(emails[index]).not.toBe('ann@example.com');
      expect(bytes).not.toContain('customer-user-42');
    }
    expect([first.exchange.response?.status, second.exchange.response?.status]).toEqual([201, 201]);
  } finally {
    await emulator.close();
  }
});
