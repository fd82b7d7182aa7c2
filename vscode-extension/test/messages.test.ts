import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { allMessageIds, message, toTaal } from '../src/messages';

test('every message has a Dutch and an English text with the same placeholders', () => {
  for (const id of allMessageIds) {
    const nl = message('nl', id);
    const en = message('en', id);
    assert.notEqual(nl, en, id);
    const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();
    assert.deepEqual(placeholders(nl), placeholders(en), id);
  }
});

test('placeholders are filled in', () => {
  assert.equal(message('nl', 'buildDone', '/werk/kpi.sqlite'), 'Database geschreven: /werk/kpi.sqlite');
  assert.equal(message('en', 'commandFailed', 'build', 2), 'kpic build failed (exit code 2). See the "KPI" output channel.');
});

test('Dutch is the default language', () => {
  assert.equal(toTaal(undefined), 'nl');
  assert.equal(toTaal('en'), 'en');
});
