import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { onLightPage } from '../src/reportPage';

test('the report gets a white page before its own styles, so they still win', () => {
  const page = onLightPage('<!doctype html><html><head><style>h1{color:navy}</style></head><body><h1>KPI-rapport</h1></body></html>');
  assert.match(page, /<head><style>html,body\{background:#fff;[^<]*<\/style><style>h1\{color:navy\}/);
});

test('a page without a head still gets the white page', () => {
  assert.match(onLightPage('<h1>x</h1>'), /^<style>html,body\{background:#fff/);
});
