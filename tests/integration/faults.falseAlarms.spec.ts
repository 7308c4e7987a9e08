import { expect, test } from '@playwright/test';
import { falseAlarmsOn, FALSE_ALARM_RUNS, searchFalseAlarms, singleChoiceServers } from '../faults/searchFalseAlarms.ts';

// The fixed sample of `npm run selftest`'s false-alarm sweep: every choice of the latitude table on
// its own, then a fixed-seed draw of combinations. Any error finding against them is a false alarm.
for (const { name, choices } of singleChoiceServers()) {
  test(`no false alarm against a conformant server whose only difference is: ${name}`, async () => {
    expect(await falseAlarmsOn(choices, 1)).toEqual([]);
  });
}

test(`no false alarm against 8 drawn combinations of legitimate choices (fixed seed, ${FALSE_ALARM_RUNS} runs per property)`, async () => {
  const search = await searchFalseAlarms(8, 2026);
  expect(search.falseAlarm).toBeUndefined();
  expect(search.servers).toBe(8);
});
