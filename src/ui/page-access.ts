// Pages the browser never lets an extension read, told apart before injecting,
// and injection errors turned into a state the popup can explain.
export type AccessProblem = { phase: 'forbidden' | 'needs-click' | 'error'; message: string };

const BROWSER_SCHEMES =
  /^(?:chrome|chrome-untrusted|chrome-search|chrome-extension|edge|brave|opera|vivaldi|about|devtools|view-source|moz-extension|resource|data|javascript|blob|filesystem):/i;
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/addons\.opera\.com\//i,
];
const PDF = /\.pdf(?:$|[?#])/i;

export const FORBIDDEN_MESSAGE =
  'Your browser does not let extensions read this page (browser settings, extension stores and built-in pages are protected). Open the site’s privacy notice in a normal tab and try again.';
export const PDF_MESSAGE =
  'This notice is a PDF, shown by the browser’s own viewer, which extensions cannot read. Open the HTML version of the notice if the site has one, or audit the PDF’s text with the command-line auditor.';
export const NEEDS_CLICK_MESSAGE =
  'The browser lets the auditor read a page only after you click its toolbar button on that page. Click the Privacy Notice Auditor button again to audit it.';

/** A problem known from the URL alone, or null when the page may be readable. */
export function classifyUrl(url: string | null | undefined): AccessProblem | null {
  if (!url) return null;
  if (BROWSER_SCHEMES.test(url) || STORE_PAGES.some((re) => re.test(url))) {
    return { phase: 'forbidden', message: FORBIDDEN_MESSAGE };
  }
  if (/^(?:https?|file):/i.test(url) && PDF.test(url)) return { phase: 'forbidden', message: PDF_MESSAGE };
  return null;
}

/** What an injection failure means for the user. */
export function classifyInjectionError(message: string, url: string | null): AccessProblem {
  const fromUrl = classifyUrl(url);
  if (fromUrl) return fromUrl;
  if (
    /gallery cannot be scripted|cannot access a chrome|chrome:\/\/|about:|extensions? (?:page|store)/i.test(message)
  ) {
    return { phase: 'forbidden', message: FORBIDDEN_MESSAGE };
  }
  if (/file:\/\//i.test(url ?? '')) {
    return {
      phase: 'forbidden',
      message:
        'Local files can be audited only when “Allow access to file URLs” is switched on for this extension in the browser’s extension settings.',
    };
  }
  if (/permission|cannot access contents|host|activeTab/i.test(message)) {
    return { phase: 'needs-click', message: NEEDS_CLICK_MESSAGE };
  }
  if (/error page/i.test(message)) {
    return { phase: 'error', message: 'The page did not load, so there is nothing to audit. Reload it and try again.' };
  }
  return { phase: 'error', message: `The page could not be read: ${message}` };
}
