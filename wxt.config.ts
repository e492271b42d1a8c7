import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// A test-only build (e2e): the cookies permission and access to the two local fixture sites are granted
// at install, because a headless browser cannot click a permission prompt. It goes to its own folder.
const siteAccessTest = process.env.PNA_TEST_SITE_ACCESS === '1';
const SITE_ACCESS_TEST_HOSTS = ['*://127.0.0.1/*', '*://localhost/*'];

export default defineConfig({
  ...(siteAccessTest ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-site-access' } : {}),
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    // No modulepreload polyfill: it is the only fetch() in the bundles, and extension pages do not need it.
    build: { chunkSizeWarningLimit: 800, modulePreload: { polyfill: false } },
  }),
  hooks: {
    // Chrome: no default popup, so a toolbar click reaches the background, which starts the audit and opens
    // the popup itself (action.openPopup): the audit runs while the browser is still opening the popup.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'chrome' && wxt.config.manifestVersion === 3) delete manifest.action?.default_popup;
    },
  },
  manifest: ({ browser, manifestVersion }) => {
    // `*://` patterns: a full cookie scan asks for whole registrable domains (cookies of both schemes).
    const siteAccess = ['*://*/*'];
    const mv2 = manifestVersion === 2;
    return {
      name: 'Privacy Notice Auditor',
      description: 'Checks a privacy notice against UK GDPR Articles 13/14, locally in your browser.',
      permissions: ['activeTab', 'scripting', 'storage', ...(siteAccessTest ? ['cookies'] : [])],
      // Extra site access (a full cookie scan: HttpOnly, third-party and partitioned cookies) only on
      // request, from a button in the popup; installing asks for nothing more than the three above.
      ...(siteAccessTest
        ? { host_permissions: SITE_ACCESS_TEST_HOSTS }
        : mv2
          ? { optional_permissions: ['cookies', ...siteAccess] }
          : { optional_permissions: ['cookies'], optional_host_permissions: siteAccess }),
      action: {
        default_icon: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' },
      },
      icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'privacy-notice-auditor@example.org',
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
