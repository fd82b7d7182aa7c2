import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../src/run';

test('a program that does not exist is reported, not thrown', async () => {
  const result = await run({ command: 'kpic-bestaat-niet-' + process.pid, args: [] }, process.cwd());
  assert.equal(result.exitCode, null);
  assert.ok(result.startError);
});

test('output and the exit code are collected', async () => {
  const seen: string[] = [];
  const result = await run({ command: process.execPath, args: ['-e', 'console.log("hallo"); process.exit(3)'] }, process.cwd(), (t) => seen.push(t));
  assert.equal(result.exitCode, 3);
  assert.equal(result.stdout.trim(), 'hallo');
  assert.equal(seen.join('').trim(), 'hallo');
});
