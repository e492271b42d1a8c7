import { describe, expect, test } from 'vitest';
import { classifyInjectionError, classifyUrl } from '../../src/ui/page-access';

describe('classifyUrl', () => {
  test.each([
    'chrome://settings',
    'chrome-extension://abc/popup.html',
    'edge://extensions',
    'about:blank',
    'view-source:https://a.example/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-GB/firefox/',
  ])('%s is forbidden', (url) => {
    expect(classifyUrl(url)?.phase).toBe('forbidden');
  });

  test('a PDF is explained as the browser viewer', () => {
    expect(classifyUrl('https://a.example/privacy.pdf?v=2')?.message).toMatch(/PDF/);
  });

  test('ordinary pages and unknown URLs may be readable', () => {
    expect(classifyUrl('https://a.example/privacy')).toBeNull();
    expect(classifyUrl(null)).toBeNull();
  });
});

describe('classifyInjectionError', () => {
  test('no activeTab grant asks for another click', () => {
    const problem = classifyInjectionError(
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'https://a.example/',
    );
    expect(problem.phase).toBe('needs-click');
  });

  test('the web store and browser pages are forbidden', () => {
    expect(classifyInjectionError('The extensions gallery cannot be scripted.', null).phase).toBe('forbidden');
    expect(classifyInjectionError('Cannot access a chrome:// URL', null).phase).toBe('forbidden');
  });

  test('an error page is an error', () => {
    expect(classifyInjectionError('Frame with ID 0 is showing error page', 'https://a.example/').phase).toBe('error');
  });
});
