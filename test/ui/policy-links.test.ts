import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findPolicyLinks } from '../../src/dom/policy-links';

function doc(body: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
}

describe('findPolicyLinks', () => {
  test('finds privacy and cookie notices in a footer, privacy first', () => {
    const links = findPolicyLinks(
      doc(`<footer>
        <a href="/cookies">Cookie policy</a>
        <a href="/legal/privacy">Privacy notice</a>
        <a href="/terms">Terms</a>
      </footer>`),
      'https://shop.example/',
    );
    expect(links).toEqual([
      { href: 'https://shop.example/legal/privacy', text: 'Privacy notice', kind: 'privacy' },
      { href: 'https://shop.example/cookies', text: 'Cookie policy', kind: 'cookie' },
    ]);
  });

  test('leaves out banner buttons, javascript: links, the page itself and duplicates', () => {
    const links = findPolicyLinks(
      doc(`<a href="#" onclick="x()">Cookie settings</a>
        <a href="javascript:openPrivacy()">Privacy policy</a>
        <a href="https://shop.example/privacy#top">Privacy</a>
        <a href="/privacy-policy">Privacy policy</a>
        <a href="/privacy-policy#contact">Privacy policy (contact)</a>
        <a href="mailto:dpo@shop.example">Privacy questions</a>`),
      'https://shop.example/privacy',
    );
    expect(links.map((l) => l.href)).toEqual(['https://shop.example/privacy-policy']);
  });

  test('an icon link with no text is found by its address', () => {
    const links = findPolicyLinks(doc('<a href="/data-protection"><img alt=""></a>'), 'https://a.example/');
    expect(links).toEqual([{ href: 'https://a.example/data-protection', text: '/data-protection', kind: 'privacy' }]);
  });
});
