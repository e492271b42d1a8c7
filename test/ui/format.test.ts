import { describe, expect, test } from 'vitest';
import { siteOf } from '../../src/dom/snapshot';
import { bandOf, clip, hostOf } from '../../src/ui/format';

describe('display helpers', () => {
  test('score bands', () => {
    expect([0, 49, 50, 79, 80, 100].map(bandOf)).toEqual(['poor', 'poor', 'fair', 'fair', 'good', 'good']);
  });

  test('clip flattens whitespace and shortens', () => {
    expect(clip('a  b\n c', 10)).toBe('a b c');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
  });

  test('hostOf', () => {
    expect(hostOf('https://www.a.example:8080/x')).toBe('www.a.example:8080');
    expect(hostOf(null)).toBe('');
  });

  test('siteOf groups a site’s hosts', () => {
    expect(siteOf('www.shop.example.com')).toBe('example.com');
    expect(siteOf('cdn.shop.co.uk')).toBe('shop.co.uk');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });
});
