import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrashCounter } from '../src/crashCounter';
import { isServerLogLine } from '../src/serverLog';

test('a crashing server is restarted four times in three minutes, then no more', () => {
  const counter = new CrashCounter();
  assert.deepEqual([0, 1000, 2000, 3000].map((t) => counter.crashed(t)), [true, true, true, true]);
  assert.equal(counter.crashed(4000), false);
  assert.equal(counter.count, 5);
  counter.reset();
  assert.equal(counter.crashed(5000), true);
});

test('crashes longer ago than the window are forgotten', () => {
  const counter = new CrashCounter(1, 1000);
  assert.equal(counter.crashed(0), true);
  assert.equal(counter.crashed(5000), true);
  assert.equal(counter.crashed(5500), false);
});

test('only the server log lines on stderr are left out, because they arrive as log messages too', () => {
  assert.ok(isServerLogLine('[kpic lsp] KpiLang-taalserver gestart'));
  assert.ok(!isServerLogLine('Unhandled exception. System.InvalidOperationException: …'));
});
