import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: 'Privacy Notice Auditor',
    description: 'Checks a privacy notice against UK GDPR Articles 13/14, locally in your browser.',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});
