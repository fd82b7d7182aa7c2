import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { toServerOptions } from '../src/settings';

test('the defaults send Dutch and no rule overrides', () => {
  assert.deepEqual(toServerOptions(undefined, undefined), { options: { taal: 'nl', regels: {} }, problems: [] });
});

test('kpi.taal en is passed on; anything else is Dutch', () => {
  assert.equal(toServerOptions('en', {}).options.taal, 'en');
  assert.equal(toServerOptions('fr', {}).options.taal, 'nl');
});

test('rule levels are sent as the Dutch level words, English aliases included', () => {
  const result = toServerOptions('nl', { KPI120: 'fout', kpi130: 'off', KPI140: 'Warning', KPI150: 'info', KPI101: 'uit' });
  assert.deepEqual(result.options.regels, { KPI120: 'fout', KPI130: 'uit', KPI140: 'waarschuwing', KPI150: 'info', KPI101: 'uit' });
  assert.deepEqual(result.problems, []);
});

test('a wrong code or level is left out and explained in the chosen language', () => {
  const result = toServerOptions('nl', { KPI120: 'streng', SMART: 'fout', KPI130: 3 });
  assert.deepEqual(result.options.regels, {});
  assert.deepEqual(result.problems, [
    'Instelling "kpi.regels": "streng" bij KPI120 is geen niveau; gebruik fout, waarschuwing, info of uit.',
    'Instelling "kpi.regels": "SMART" is geen regelcode; een code ziet eruit als KPI120.',
    'Instelling "kpi.regels": "3" bij KPI130 is geen niveau; gebruik fout, waarschuwing, info of uit.',
  ]);
  assert.match(toServerOptions('en', { KPI120: 'streng' }).problems[0], /is not a level; use fout \(error\)/);
});

test('a setting that is not an object sends no overrides', () => {
  assert.deepEqual(toServerOptions('nl', ['KPI120']).options.regels, {});
  assert.deepEqual(toServerOptions('nl', 'KPI120=fout').options.regels, {});
});
