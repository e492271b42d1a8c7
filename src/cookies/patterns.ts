// Hand-written patterns for cookie names. PLATFORM_PATTERNS name one platform's
// cookies with a variable part (a container id, a site id, a hash) and run
// after the exact-name lookup, before the Open Cookie Database's prefixes.
// GENERIC_PATTERNS name a purpose but no vendor (any CSRF token, any consent
// record) and run after the prefixes, so an OCD row that knows the vendor
// wins. Each sample is a name its pattern must match (checked by the tests).
import type { ObservedCookieResult } from '../engine/types';

export type CookieCategory = ObservedCookieResult['category'];

export interface NamePattern {
  /** A slug shown in `rule`. */
  id: string;
  sample: string;
  pattern: RegExp;
  category: Exclude<CookieCategory, 'unknown'>;
  /** The product, or null when the pattern identifies a purpose but not who set it. */
  vendor: string | null;
  company: string | null;
  /** The cookie records a consent choice (a consent manager's or banner's record). */
  consentRecord?: true;
}

/**
 * A bare, short, lower-case word (`locale`, `fr`, `sessionid`): as an OCD name
 * it counts only on the domain the OCD row gives, since a site may use the
 * same word for its own cookie (Django's `sessionid` is not Instagram's).
 * Up to 9 characters: `hubspotutk` (10), set on sites' own domains, stays out.
 */
export const GENERIC_NAME = /^[a-z][a-z0-9]{0,8}$/;

export const PLATFORM_PATTERNS: readonly NamePattern[] = [
  // Google Analytics 4 session state, one per measurement id.
  {
    id: 'ga4-container',
    sample: '_ga_2X4Y6Z8W0V',
    pattern: /^_ga_[A-Z0-9]{4,16}$/,
    category: 'analytics',
    vendor: 'Google Analytics',
    company: 'Google',
  },
  // Universal Analytics / gtag throttling, one per property.
  {
    id: 'ga-throttle',
    sample: '_gat_gtag_UA_12345678_1',
    pattern: /^_(?:gat|dc_gtm)_[\w.-]+$/,
    category: 'analytics',
    vendor: 'Google Analytics',
    company: 'Google',
  },
  // Campaign data Google Ads reads when linked to Analytics: advertising.
  {
    id: 'ga-ads-campaign',
    sample: '_gac_UA-12345678-1',
    pattern: /^_gac_(?!gb_)[\w.-]+$/,
    category: 'advertising',
    vendor: 'Google Analytics',
    company: 'Google',
  },
  // Google Ads conversion linker (_gcl_au, _gcl_aw, _gcl_dc, _gcl_gb, ...).
  {
    id: 'google-ads-conversion',
    sample: '_gcl_aw',
    pattern: /^_gcl_[a-z]{2}$/,
    category: 'advertising',
    vendor: 'Google Ads',
    company: 'Google',
  },
  // Legacy ga.js / urchin.js cookies, with an optional tracker-name suffix.
  {
    id: 'urchin',
    sample: '__utmt_player',
    pattern: /^__utm[a-z](?:_[\w-]+)?$/,
    category: 'analytics',
    vendor: 'Google Analytics',
    company: 'Google',
  },
  // Google account cookies sent with ads requests (__Secure-3PSID, __Secure-1PSIDTS).
  {
    id: 'google-secure-ads',
    sample: '__Secure-3PSIDCC',
    pattern: /^__Secure-[13]P[A-Z]+$/,
    category: 'advertising',
    vendor: 'Google',
    company: 'Google',
  },
  // Google reCAPTCHA's storage keys: rc::a, rc::b, rc::c, rc::d-1234567890.
  {
    id: 'recaptcha',
    sample: 'rc::d-1712345678901',
    pattern: /^rc::[a-f](?:-\d+)?$/,
    category: 'necessary',
    vendor: 'Google reCAPTCHA',
    company: 'Google',
  },
  // Hotjar: _hjSession_<site id>, _hjSessionUser_<site id>, _hjIncludedInSessionSample_<site id>.
  {
    id: 'hotjar',
    sample: '_hjSessionUser_1234567',
    pattern: /^_hj[A-Z][A-Za-z]*(?:_\d+)?$/,
    category: 'analytics',
    vendor: 'Hotjar',
    company: 'Hotjar',
  },
  // Amplitude: AMP_<first 10 hex of the API key>, AMP_MKTG_<same>.
  {
    id: 'amplitude',
    sample: 'AMP_a1b2c3d4e5',
    pattern: /^(?:AMP_(?:MKTG_)?[0-9a-f]{10}|amplitude_id_[0-9a-f]+(?:[\w.]*))$/,
    category: 'analytics',
    vendor: 'Amplitude',
    company: 'Amplitude',
  },
  // Mixpanel: mp_<project token>_mixpanel.
  {
    id: 'mixpanel',
    sample: 'mp_0123456789abcdef0123456789abcdef_mixpanel',
    pattern: /^mp_[0-9a-f]{32}_mixpanel$/,
    category: 'analytics',
    vendor: 'Mixpanel',
    company: 'Mixpanel',
  },
  // Segment analytics.js: ajs_anonymous_id, ajs_user_id, ajs_group_id.
  {
    id: 'segment',
    sample: 'ajs_anonymous_id',
    pattern: /^ajs_[a-z_]+$/,
    category: 'analytics',
    vendor: 'Segment',
    company: 'Twilio',
  },
  // Matomo / Piwik: _pk_id.<site id>.<hash>, _pk_ses.1.a1b2.
  {
    id: 'matomo',
    sample: '_pk_id.1.1fff',
    pattern: /^_pk_(?:id|ses|ref|cvar|hsr|testcookie)(?:\.\d+\.[0-9a-f]+)?$/,
    category: 'analytics',
    vendor: 'Matomo',
    company: 'Matomo',
  },
  // Heap: _hp2_id.<app id>, _hp2_ses_props.<app id>.
  {
    id: 'heap',
    sample: '_hp2_id.1234567890',
    pattern: /^_hp2_[a-z_]+\.\d+$/,
    category: 'analytics',
    vendor: 'Heap',
    company: 'Heap',
  },
  // Yandex Metrica: _ym_uid, _ym_d, _ym_isad, _ym_visorc.
  {
    id: 'yandex-metrica',
    sample: '_ym_isad',
    pattern: /^_ym_[a-z]+(?:_\d+)?$/,
    category: 'analytics',
    vendor: 'Yandex.Metrica',
    company: 'Yandex',
  },
  // Crazy Egg tracking: _ce.s, _ce.clock_data, _ce.gtld.
  {
    id: 'crazy-egg',
    sample: '_ce.clock_data',
    pattern: /^_ce\.[a-z_]+$/,
    category: 'analytics',
    vendor: 'Crazy Egg',
    company: 'Crazy Egg',
  },
  // Chartbeat: _cb, _cb_svref, _chartbeat2.
  {
    id: 'chartbeat',
    sample: '_cb_svref',
    pattern: /^_(?:cb(?:_[a-z]+)?|chartbeat\d)$/,
    category: 'analytics',
    vendor: 'Chartbeat',
    company: 'Chartbeat',
  },
  // Tealium's own visitor and session counter: utag_main.
  {
    id: 'tealium-utag',
    sample: 'utag_main',
    pattern: /^utag_main(?:_[\w]+)?$/,
    category: 'analytics',
    vendor: 'Tealium',
    company: 'Tealium',
  },
  // Criteo retargeting: cto_bundle, cto_bidid, cto_lwid.
  {
    id: 'criteo',
    sample: 'cto_bundle',
    pattern: /^cto_[a-z_]+$/,
    category: 'advertising',
    vendor: 'Criteo',
    company: 'Criteo',
  },
  // Microsoft Advertising UET: _uetsid, _uetvid, _uetmsclkid, _uetsid_exp.
  {
    id: 'microsoft-uet',
    sample: '_uetmsclkid',
    pattern: /^_uet[a-z_]+$/,
    category: 'advertising',
    vendor: 'Bing / Microsoft',
    company: 'Microsoft',
  },
  // Snap Pixel: _scid, _scid_r, _sctr.
  {
    id: 'snap-pixel',
    sample: '_scid_r',
    pattern: /^_(?:scid(?:_r)?|sctr|schn)$/,
    category: 'advertising',
    vendor: 'Snapchat',
    company: 'Snap',
  },
  // Reddit Pixel: _rdt_uuid, _rdt_cid, _rdt_em.
  {
    id: 'reddit-pixel',
    sample: '_rdt_cid',
    pattern: /^_rdt_[a-z]+$/,
    category: 'advertising',
    vendor: 'Reddit',
    company: 'Reddit',
  },
  // TikTok Pixel: _ttp, _tt_enable_cookie, ttcsid, ttcsid_<pixel id>.
  {
    id: 'tiktok-pixel',
    sample: 'ttcsid_C123ABC456DEF',
    pattern: /^(?:_ttp|_tt_[a-z_]+|ttcsid(?:_[A-Z0-9]+)?)$/,
    category: 'advertising',
    vendor: 'TikTok',
    company: 'ByteDance',
  },
  // Pinterest tag: _pin_unauth, _pinterest_ct_ua, _epik, _derived_epik.
  {
    id: 'pinterest-tag',
    sample: '_pinterest_ct_ua',
    pattern: /^_(?:pin_unauth|pinterest_ct(?:_[a-z]+)?|epik|derived_epik)$/,
    category: 'advertising',
    vendor: 'Pinterest',
    company: 'Pinterest',
  },
  // Intercom messenger: intercom-session-<app id>, intercom-id-<app id>, intercom-device-id-<app id>.
  {
    id: 'intercom',
    sample: 'intercom-session-abc123',
    pattern: /^intercom-(?:session|id|device-id)-[\w-]+$/,
    category: 'functional',
    vendor: 'Intercom',
    company: 'Intercom',
  },
  // Drift chat: drift_aid, driftt_aid, drift_campaign_refresh.
  {
    id: 'drift',
    sample: 'driftt_aid',
    pattern: /^driftt?_[a-z_]+$/,
    category: 'functional',
    vendor: 'Drift',
    company: 'Salesloft',
  },
  // Tawk.to chat: TawkConnectionTime, twk_idm_key, twk_uuid_<property>.
  {
    id: 'tawk',
    sample: 'twk_idm_key',
    pattern: /^(?:TawkConnectionTime|__tawkuuid|twk_[a-z_]+(?:_[0-9a-f]+)?|Tawk_[0-9a-f]+)$/,
    category: 'functional',
    vendor: 'Tawk.to',
    company: 'Tawk.to',
  },
  // LiveChat: __lc_cid, __lc_cst, __lc2_cid.
  {
    id: 'livechat',
    sample: '__lc2_cst',
    pattern: /^__lc2?_c(?:id|st)$/,
    category: 'functional',
    vendor: 'LiveChat',
    company: 'LiveChat',
  },
  // Zendesk chat widget: __zlcmid, __zlcstore, ZD-suid.
  {
    id: 'zendesk-chat',
    sample: '__zlcmid',
    pattern: /^(?:__zlc[a-z]+|ZD-[a-z]+)$/,
    category: 'functional',
    vendor: 'Zendesk',
    company: 'Zendesk',
  },
  // WordPress admin interface settings: wp-settings-1, wp-settings-time-1.
  {
    id: 'wordpress-settings',
    sample: 'wp-settings-time-1',
    pattern: /^wp-settings-(?:time-)?\d+$/,
    category: 'functional',
    vendor: 'WordPress',
    company: 'WordPress',
  },
  // WordPress log-in: wordpress_logged_in_<hash>, wordpress_sec_<hash>, wordpress_<hash>.
  {
    id: 'wordpress-auth',
    sample: 'wordpress_logged_in_0123456789abcdef0123456789abcdef',
    pattern: /^wordpress_(?:(?:logged_in|sec)_\w+|[0-9a-f]{32})$/,
    category: 'necessary',
    vendor: 'WordPress',
    company: 'WordPress',
  },
  // Drupal session: SESS<hash> over http, SSESS<hash> over https.
  {
    id: 'drupal-session',
    sample: 'SSESS0123456789abcdef0123456789abcdef',
    pattern: /^S?SESS[0-9a-f]{32,64}$/,
    category: 'necessary',
    vendor: 'Drupal',
    company: 'Drupal',
  },
  // Classic ASP session: ASPSESSIONID<8 letters>.
  {
    id: 'asp-session',
    sample: 'ASPSESSIONIDQABCDEFG',
    pattern: /^ASPSESSIONID[A-Z]{8}$/,
    category: 'necessary',
    vendor: 'Microsoft',
    company: 'Microsoft',
  },
  // ASP.NET Core session, authentication and OpenID Connect correlation cookies.
  {
    id: 'aspnetcore-auth',
    sample: '.AspNetCore.Identity.Application',
    pattern: /^\.AspNetCore\.(?:Session|Cookies|Identity\.\w+|Correlation\.[\w.-]+|OpenIdConnect\.Nonce\.[\w.-]+)$/,
    category: 'necessary',
    vendor: 'ASP.net',
    company: 'Microsoft',
  },
  // ASP.NET Core request localisation: the chosen culture.
  {
    id: 'aspnetcore-culture',
    sample: '.AspNetCore.Culture',
    pattern: /^\.AspNetCore\.Culture$/,
    category: 'functional',
    vendor: 'ASP.net',
    company: 'Microsoft',
  },
  // Azure App Service load-balancer affinity: ARRAffinity, ARRAffinitySameSite.
  {
    id: 'azure-affinity',
    sample: 'ARRAffinitySameSite',
    pattern: /^ARRAffinity\w*$/,
    category: 'necessary',
    vendor: 'Azure / Microsoft',
    company: 'Microsoft',
  },
  // AWS load balancers: AWSALB, AWSALBCORS, AWSALBTG, AWSELB.
  {
    id: 'aws-load-balancer',
    sample: 'AWSALBTGCORS',
    pattern: /^AWS[AE]LB(?:TG)?(?:CORS)?$/,
    category: 'necessary',
    vendor: 'Amazon Web Services',
    company: 'Amazon',
  },
  // F5 BIG-IP: BIGipServer<pool>, and the ASM/WAF cookie TS01<hex>.
  {
    id: 'f5-big-ip',
    sample: 'BIGipServer~web~pool_443',
    pattern: /^(?:BIGipServer[\w.~-]+|TS01[0-9a-f]{6,}(?:_\d+)?)$/,
    category: 'necessary',
    vendor: 'f5 BIG-IP',
    company: 'F5',
  },
  // Cloudflare bot management and load balancing: __cf_bm, __cflb, cf_clearance, cf_chl_rc_i.
  {
    id: 'cloudflare',
    sample: 'cf_chl_rc_ni',
    pattern: /^(?:__cf[a-z_]+|_cfuvid|cf_clearance|cf_chl_\w+|cf_ob_info|cf_use_ob)$/,
    category: 'necessary',
    vendor: 'Cloudflare',
    company: 'Cloudflare',
  },
  // GDPR Cookie Consent (CookieYes) plugin: cookielawinfo-checkbox-<category>.
  {
    id: 'cookie-law-info',
    sample: 'cookielawinfo-checkbox-analytics',
    pattern: /^cookielawinfo-checkbox-[\w-]+$/,
    category: 'necessary',
    vendor: 'Cookie Law Info',
    company: 'CookieYes',
    consentRecord: true,
  },
  // Complianz consent records: cmplz_marketing, cmplz_consent_status, cmplz_rt_banner-status.
  {
    id: 'complianz',
    sample: 'cmplz_statistics',
    pattern: /^cmplz_[\w-]+$/,
    category: 'necessary',
    vendor: 'Complianz',
    company: 'Complianz',
    consentRecord: true,
  },
  // Usercentrics consent records: uc_user_interaction, uc_settings, uc_ui_version.
  {
    id: 'usercentrics',
    sample: 'uc_user_interaction',
    pattern: /^uc_(?:user_interaction|settings|ui_version|gcm)$/,
    category: 'necessary',
    vendor: 'Usercentrics',
    company: 'Usercentrics',
    consentRecord: true,
  },
  // TrustArc consent records: notice_preferences, notice_gdpr_prefs, TAconsentID, cmapi_cookie_privacy.
  {
    id: 'trustarc',
    sample: 'notice_gdpr_prefs',
    pattern: /^(?:notice_(?:preferences|gdpr_prefs|behavior|poptime)|TAconsentID|cmapi_[a-z_]+)$/,
    category: 'necessary',
    vendor: 'TrustArc',
    company: 'TrustArc',
  },
  // Tealium consent manager's record: CONSENTMGR.
  {
    id: 'tealium-consent',
    sample: 'CONSENTMGR',
    pattern: /^CONSENTMGR$/,
    category: 'necessary',
    vendor: 'Tealium',
    company: 'Tealium',
    consentRecord: true,
  },
];

export const GENERIC_PATTERNS: readonly NamePattern[] = [
  // Any anti-forgery token: csrftoken (Django), XSRF-TOKEN (Laravel, Angular), _csrf (Express).
  {
    id: 'csrf-token',
    sample: '__Host-csrf_token',
    pattern: /^(?:__Host-|__Secure-)?[\w.-]*(?:csrf|xsrf)[\w.-]*$/i,
    category: 'necessary',
    vendor: null,
    company: null,
  },
  // Rails `_<app>_session` and Laravel `<app>_session` framework session cookies.
  {
    id: 'framework-session',
    sample: '_myshop_session',
    pattern: /^(?!.*(?:track|analytic|stats|visitor|_ads?_))_?[a-z0-9]+(?:_[a-z0-9]+)*_session$/,
    category: 'necessary',
    vendor: null,
    company: null,
  },
  // A consent record or the site's own cookie banner remembering the answer:
  // cookieconsent_status, cookie_notice_accepted, cookie-agreed, gdpr_cookie_ok, cookiebar.
  {
    id: 'consent-record',
    sample: 'cookie_notice_accepted',
    pattern:
      /^(?:moove_gdpr_popup|[\w.-]*consent[\w.-]*|[\w.-]*(?:cookies?|gdpr|privacy)[-_.]?(?:notice|notif[a-z]*|message|msg|banner|bar|popup|policy|settings?|prefs?|preferences|accepted|agreed?|declined|directive|law|status|state|choices?|level|dismissed|seen|ok|allowed|acknowledged|control|compliance)[\w.-]*)$/i,
    category: 'necessary',
    vendor: null,
    company: null,
    consentRecord: true,
  },
];
