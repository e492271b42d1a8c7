// The names a notice may use for a cookie vendor (pure data). The classifier
// names vendors as its sources do ("DoubleClick/Google Marketing", "Bing /
// Microsoft", "Hubspot", "Facebook"); notices say "Google Ads", "Microsoft
// Advertising", "HubSpot", "Meta". A vendor missing here is matched by its own
// name and company.
//
// An alias's `name` is also the one name the audit shows for the vendor: on each
// cookie, in the vendor list, in warnings and exports (`displayVendor`). The
// data's own name stays in the cookie's `rule`. So an alias covers one product
// family only: Adobe's fonts or ColdFusion are not "Adobe Experience Cloud".
//
// Companies count only when named on their own: "Google Analytics" names a
// product, not Google, so it does not disclose Google's advertising cookies;
// "Google LLC", "Google's" or "shared with Google" does.

export type CompanyKey =
  | 'google'
  | 'meta'
  | 'microsoft'
  | 'amazon'
  | 'adobe'
  | 'oracle'
  | 'salesforce'
  | 'bytedance'
  | 'x'
  | 'yandex'
  | 'linkedin';

export interface Company {
  /** How the audit names it, whatever the data says ("Meta", where the data has "Facebook"). */
  name: string;
  /** Matches the company as the data names it. */
  data: RegExp;
  /** The company's names in a notice (followed by a product name, they name the product instead). */
  notice: RegExp;
}

export const COMPANIES: Readonly<Record<CompanyKey, Company>> = {
  google: { name: 'Google', data: /^Google\b|^Alphabet\b/i, notice: /\bGoogle\b|\bAlphabet Inc\b/ },
  meta: { name: 'Meta', data: /^(?:Facebook|Meta|Instagram)\b/i, notice: /\bMeta\b|\bFacebook\b|\bInstagram\b/ },
  microsoft: { name: 'Microsoft', data: /^(?:Microsoft|Bing)\b/i, notice: /\bMicrosoft\b/ },
  amazon: { name: 'Amazon', data: /^Amazon\b/i, notice: /\bAmazon\b/ },
  adobe: { name: 'Adobe', data: /^Adobe\b/i, notice: /\bAdobe\b/ },
  oracle: { name: 'Oracle', data: /^Oracle\b/i, notice: /\bOracle\b/ },
  salesforce: { name: 'Salesforce', data: /^Salesforce\b/i, notice: /\bSalesforce\b/ },
  bytedance: { name: 'ByteDance', data: /^(?:ByteDance|TikTok)\b/i, notice: /\bByteDance\b|\bTikTok\b/ },
  x: { name: 'X Corp', data: /^(?:Twitter|X Corp)\b/i, notice: /\bTwitter\b|\bX Corp\b/ },
  yandex: { name: 'Yandex', data: /^Yandex\b/i, notice: /\bYandex\b/ },
  linkedin: { name: 'LinkedIn', data: /^LinkedIn\b/i, notice: /\bLinkedIn\b/ },
};

/** Words after a company name that keep it the company ("Google Ireland Limited", "Meta Platforms, Inc."). */
export const COMPANY_SUFFIX =
  /^(?:LLC|Inc|Ltd|Limited|Ireland|UK|Corp|Corporation|Group|Platforms|plc|PLC|GmbH|B\.V|BV|SA|AG|Technologies)\b/;

export interface VendorAlias {
  /** The product a reviewer knows it as. */
  name: string;
  /** Matches the classifier's vendor names for it (Open Cookie Database platform, third-party-web entity). */
  vendors: RegExp;
  /** Names of its cookies, used when the data names only the company (`_clck`: "Microsoft"). */
  cookies?: RegExp;
  /** Its names in a notice. */
  notice: RegExp;
  /** A notice naming this company on its own discloses it too. */
  company?: CompanyKey;
}

export const VENDOR_ALIASES: readonly VendorAlias[] = [
  // "We use Google Analytics (GA4) to count visits."
  {
    name: 'Google Analytics',
    vendors: /^Google Analytics\b|^Urchin\b/i,
    cookies: /^(?:_ga|_gid|_gat|__utm[a-z]+|_ga_[A-Z0-9]+|_gat_[\w.-]+)$/,
    notice: /\bGoogle Analytics\b|\bGA4\b|\bUniversal Analytics\b/i,
    company: 'google',
  },
  // "Google Ads and DoubleClick set cookies to show you relevant adverts."
  {
    name: 'Google Ads / DoubleClick',
    vendors:
      /DoubleClick|^Google (?:Ads|AdSense|Ad Manager|Marketing|Hotel Ads|Publisher|Syndication)|^Google\/Doubleclick|^Google Audiences/i,
    cookies:
      /^(?:IDE|DSID|test_cookie|FLC|AID|TAID|RUL|FPAU|FPGCLAW|FPGCLDC|__gads|__gpi|__gsas|_gcl_[a-z]+|_gac_[\w.-]+)$/,
    notice:
      /\bGoogle (?:Ads|AdSense|AdWords|Ad Manager|Marketing Platform|Display Network|advertising|Signals)\b|\bDoubleClick\b|\b(?:Campaign Manager|Display & Video|Search Ads) 360\b/i,
    company: 'google',
  },
  {
    name: 'Google Tag Manager',
    vendors: /^Google Tag Manager\b/i,
    notice: /\bGoogle Tag Manager\b|\bGTM\b/,
    company: 'google',
  },
  { name: 'Google reCAPTCHA', vendors: /reCAPTCHA/i, notice: /\breCAPTCHA\b/i, company: 'google' },
  { name: 'Google Maps', vendors: /^Google Maps\b/i, notice: /\bGoogle Maps\b/i, company: 'google' },
  { name: 'Google Optimize', vendors: /^Google Optimize\b/i, notice: /\bGoogle Optimize\b/i, company: 'google' },
  { name: 'YouTube', vendors: /YouTube/i, notice: /\bYouTube\b/i, company: 'google' },
  // "We use the Meta Pixel (Facebook) to measure our adverts."
  {
    name: 'Meta',
    vendors: /^(?:Facebook|Meta|Instagram|WhatsApp)\b/i,
    cookies: /^(?:_fbp|_fbc)$/,
    notice: /\bMeta\b|\bFacebook\b|\bInstagram\b/,
    company: 'meta',
  },
  {
    name: 'Microsoft Clarity',
    vendors: /Clarity/i,
    cookies: /^(?:_clck|_clsk|CLID|ANONCHK)$/,
    notice: /\bMicrosoft Clarity\b|\bClarity (?:analytics|cookies?|tag)\b/i,
    company: 'microsoft',
  },
  {
    name: 'Microsoft Advertising',
    vendors: /Bing|Microsoft Advertising|Universal Event Tracking/i,
    cookies: /^(?:MUID|_uetsid|_uetvid|_uetmsclkid|MR|SRM_B)$/,
    notice: /\bBing\b|\bMicrosoft Advertising\b|\bMicrosoft Ads\b|\bUET\b/,
    company: 'microsoft',
  },
  {
    name: 'LinkedIn Insight Tag',
    vendors: /LinkedIn/i,
    cookies:
      /^(?:li_sugr|bcookie|bscookie|lidc|UserMatchHistory|AnalyticsSyncHistory|li_gc|lms_ads|lms_analytics|li_fat_id)$/,
    notice: /\bLinkedIn\b/i,
    company: 'linkedin',
  },
  {
    name: 'HubSpot',
    vendors: /HubSpot/i,
    cookies: /^(?:hubspotutk|__hs[a-z_]+|__hstc|__hssc|__hssrc)$/,
    notice: /\bHubSpot\b/i,
  },
  { name: 'Hotjar', vendors: /Hotjar/i, cookies: /^_hj/, notice: /\bHotjar\b/i },
  {
    name: 'TikTok',
    vendors: /TikTok|ByteDance/i,
    cookies: /^(?:_ttp|_tt_enable_cookie|ttwid|tt_[a-z_]+)$/,
    notice: /\bTikTok\b|\bByteDance\b/i,
    company: 'bytedance',
  },
  {
    name: 'X (Twitter)',
    vendors: /^Twitter\b|^X\b/i,
    notice: /\bTwitter\b|\bX \(formerly Twitter\)|\bX Corp\b/,
    company: 'x',
  },
  { name: 'Pinterest', vendors: /Pinterest/i, cookies: /^_pin/, notice: /\bPinterest\b/i },
  { name: 'Snapchat', vendors: /^Snap(?:chat)?\b/i, cookies: /^_scid/, notice: /\bSnapchat\b|\bSnap (?:Inc|Pixel)\b/ },
  { name: 'Reddit', vendors: /Reddit/i, cookies: /^_rdt_uuid$/, notice: /\bReddit\b/i },
  { name: 'Criteo', vendors: /Criteo/i, notice: /\bCriteo\b/i },
  {
    name: 'Amazon Advertising',
    vendors: /^Amazon(?: (?:Ads|Advertising|Associates|Publisher Services))?$/i,
    notice: /\bAmazon (?:Ads|Advertising)\b/i,
    company: 'amazon',
  },
  {
    name: 'Adobe Experience Cloud',
    vendors:
      /^Adobe (?:Analytics|Audience Manager|Advertising|Target|Experience Cloud|Tag Manager|Marketo)\b|Omniture|Demdex|Marketo/i,
    cookies: /^(?:s_cc|s_sq|s_vi|s_fid|demdex|dextp|dpm|_mkto_trk|AMCV_.*|AMCVS_.*)$/,
    notice: /\bAdobe (?:Analytics|Audience Manager|Target|Experience Cloud|Marketo)\b|\bOmniture\b|\bMarketo\b/i,
    company: 'adobe',
  },
  {
    name: 'Yandex Metrica',
    vendors: /^Yandex[. ]?Metri[ck]a\b/i,
    cookies: /^_ym/,
    notice: /\bYandex\b/i,
    company: 'yandex',
  },
  { name: 'Mixpanel', vendors: /Mixpanel/i, cookies: /^mp_/, notice: /\bMixpanel\b/i },
  { name: 'Amplitude', vendors: /Amplitude/i, cookies: /^amp_|^AMP_/, notice: /\bAmplitude\b/i },
  // Not Segmento or SegmentStream, other companies.
  { name: 'Segment', vendors: /^Segment(?:\.io|\.com)?$/i, cookies: /^ajs_/, notice: /\bSegment\b/ },
  { name: 'Matomo', vendors: /Matomo|Piwik/i, cookies: /^_pk_|^MATOMO_/, notice: /\bMatomo\b|\bPiwik\b/i },
  { name: 'Heap', vendors: /^Heap\b/i, cookies: /^_hp2_/, notice: /\bHeap\b/ },
  { name: 'Crazy Egg', vendors: /Crazy ?Egg/i, cookies: /^_ce\./, notice: /\bCrazy ?Egg\b/i },
  { name: 'Intercom', vendors: /Intercom/i, cookies: /^intercom-/, notice: /\bIntercom\b/ },
  { name: 'Zendesk', vendors: /Zendesk/i, notice: /\bZendesk\b/i },
  { name: 'Drift', vendors: /^Drift\b/i, notice: /\bDrift\b/ },
  {
    name: 'Salesforce',
    vendors: /Salesforce|Pardot|Krux/i,
    notice: /\bSalesforce\b|\bPardot\b/i,
    company: 'salesforce',
  },
  {
    name: 'Oracle advertising',
    vendors: /BlueKai|AddThis|Moat|^Oracle (?:Advertising|Data Cloud)\b/i,
    notice: /\bOracle\b|\bBlueKai\b|\bAddThis\b/i,
    company: 'oracle',
  },
  // Oracle's other cookies (Eloqua, sessions of its applications) are not advertising.
  { name: 'Oracle', vendors: /^Oracle\b|Eloqua/i, notice: /\bOracle\b|\bEloqua\b/i, company: 'oracle' },
  { name: 'Mailchimp', vendors: /Mailchimp/i, notice: /\bMailchimp\b/i },
  { name: 'Klaviyo', vendors: /Klaviyo/i, cookies: /^__kla_id$/, notice: /\bKlaviyo\b/i },
  { name: 'Quantcast', vendors: /Quantcast|Quantserve/i, cookies: /^__qca$/, notice: /\bQuantcast\b/i },
  { name: 'Taboola', vendors: /Taboola/i, notice: /\bTaboola\b/i },
  { name: 'Outbrain', vendors: /Outbrain/i, notice: /\bOutbrain\b/i },
  {
    name: 'Xandr (AppNexus)',
    vendors: /Xandr|AppNexus|adnxs/i,
    cookies: /^(?:uuid2|anj|icu|usersync)$/,
    notice: /\bXandr\b|\bAppNexus\b/i,
  },
  {
    name: 'The Trade Desk',
    vendors: /Trade ?Desk/i,
    cookies: /^TDID$|^TDCPM$/,
    notice: /\bThe Trade Desk\b|\bTradeDesk\b/i,
  },
  {
    name: 'Cloudflare',
    vendors: /Cloudflare/i,
    cookies: /^(?:__cf_bm|_cfuvid|cf_clearance|__cflb)$/,
    notice: /\bCloudflare\b/i,
  },
  { name: 'Stripe', vendors: /^Stripe\b/i, cookies: /^__stripe_(?:mid|sid)$/, notice: /\bStripe\b/ },
  { name: 'Shopify', vendors: /Shopify/i, notice: /\bShopify\b/i },
  { name: 'Vimeo', vendors: /Vimeo/i, notice: /\bVimeo\b/i },
  {
    name: 'OneTrust',
    vendors: /OneTrust|Optanon|CookiePro/i,
    cookies: /^Optanon|^OptanonAlertBoxClosed$|^eupubconsent/,
    notice: /\bOneTrust\b|\bCookiePro\b/i,
  },
  { name: 'Cookiebot', vendors: /Cookiebot/i, notice: /\bCookiebot\b|\bUsercentrics\b/i },
  { name: 'Usercentrics', vendors: /Usercentrics/i, notice: /\bUsercentrics\b/i },
];

/** The alias of a classified vendor: by its cookie's name first (`_fbp` is Meta's whatever the data says), then by vendor. */
export function findVendorAlias(vendor: string | null, cookieName?: string): VendorAlias | null {
  if (!vendor) return null;
  if (cookieName) {
    const byCookie = VENDOR_ALIASES.find((a) => a.cookies?.test(cookieName));
    if (byCookie) return byCookie;
  }
  return VENDOR_ALIASES.find((a) => a.vendors.test(vendor)) ?? null;
}

/**
 * The one name the audit shows for a cookie's vendor ("Meta" for the data's
 * "Facebook", "Google Ads / DoubleClick" for "DoubleClick/Google Marketing"):
 * its alias's name, else the vendor as the data names it; null stays null.
 */
export function displayVendor(vendor: string | null, cookieName?: string): string | null {
  return findVendorAlias(vendor, cookieName)?.name ?? vendor;
}

/** The company as the audit names it: the alias's company ("Meta"), else as the data names it. */
export function displayCompany(company: string | null, alias: VendorAlias | null): string | null {
  return alias?.company ? COMPANIES[alias.company].name : company;
}
