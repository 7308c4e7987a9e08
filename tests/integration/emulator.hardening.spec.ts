import { expect, test } from '@playwright/test';
import { connect, type Socket } from 'node:net';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { DEFAULT_SERVER_CHOICES } from '../../spec/latitude.ts';
import { startEmulator } from '../_support/startEmulator.ts';

const APP = EMULATOR_DEFAULTS.enabledAppId;

test('slowloris: clients dribbling headers do not block others, and are cut off', async () => {
  const emulator = await startEmulator({ timeouts: { headersMs: 1_000, requestMs: 2_000 } });
  const port = new URL(emulator.url).port;
  const slow: Socket[] = [];
  const closed: Promise<void>[] = [];
  try {
    for (let i = 0; i < 50; i++) {
      const socket = connect(Number(port), '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write(`POST /v2/session/apps/${APP}/users HTTP/1.1\r\nHost: x\r\n`);
      const drip = setInterval(() => socket.writable && socket.write('x-slow: 1\r\n'), 150);
      closed.push(
        new Promise((resolve) =>
          socket.on('close', () => {
            clearInterval(drip);
            resolve();
          }),
        ),
      );
      slow.push(socket);
    }
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => emulator.post(APP, { identifiers: [{ type: 'email_address', value: `busy${i}@example.com` }] })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    await Promise.all(closed);
  } finally {
    slow.forEach((s) => s.destroy());
    await emulator.close();
  }
});

test('10,000 apps and 100,000 users: still correct, memory proportional to the data', async () => {
  const apps = Array.from({ length: 10_000 }, (_, i) => ({ id: `app${i}`, sessionEnabled: i % 10 !== 0 }));
  const emulator = await startEmulator({ apps });
  try {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    for (let n = 0; n < 100_000; n++) {
      const app = `app${1 + (n % 9_999)}`;
      if (emulator.store.appState(app) !== 'enabled') continue;
      emulator.store.createUnlessConflict(
        app,
        {
          userId: `usr_${n}`,
          identifierKeys: [`email_address:u${n}@example.com`],
          externalId: `ext-${n}`,
          uuid: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
        },
        DEFAULT_SERVER_CHOICES.conflictPrecedence,
      );
    }
    const users = emulator.store.userCount;
    expect(users).toBeGreaterThan(85_000);
    const perUser = (process.memoryUsage().heapUsed - before) / users;
    expect(perUser).toBeLessThan(1_500);
    const created = await emulator.post('app1', { identifiers: [{ type: 'email_address', value: 'late@example.com' }] });
    expect(created.status).toBe(201);
    const taken = await emulator.post('app1', { identifiers: [{ type: 'email_address', value: 'u0@example.com' }] });
    expect([taken.status, taken.json?.code]).toEqual([409, 'already_in_use']);
    const otherApp = await emulator.post('app2', { identifiers: [{ type: 'email_address', value: 'u0@example.com' }] });
    expect(otherApp.status).toBe(201);
    expect((await emulator.post('app10', { identifiers: [] })).status).toBe(403);
  } finally {
    await emulator.close();
  }
});
