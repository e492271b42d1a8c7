import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    // No modulepreload polyfill: it is the only fetch() in the bundles, and extension pages do not need it.
    build: { chunkSizeWarningLimit: 800, modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, manifestVersion }) => {
    const siteAccess = ['https://*/*', 'http://*/*'];
    const mv2 = manifestVersion === 2;
    return {
      name: 'Privacy Notice Auditor',
      description: 'Checks a privacy notice against UK GDPR Articles 13/14, locally in your browser.',
      permissions: ['activeTab', 'scripting', 'storage'],
      // Extra site access (HttpOnly and third-party cookies) only on request, from a button in the popup.
      ...(mv2 ? { optional_permissions: ['cookies', ...siteAccess] } : { optional_permissions: ['cookies'] }),
      ...(mv2 ? {} : { optional_host_permissions: siteAccess }),
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
