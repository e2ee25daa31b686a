import { httpUrl, splitUrl } from './url-parts';

export interface SafeUrlOptions {
  /** Kratos' public URL: relative URLs are resolved against it when `sameOrigin` is set. */
  baseUrl?: string;
  /** `'image'` also lets `data:image/…` through (the TOTP QR code); for `img` src only. */
  allowData?: 'image';
  /** Only URLs on baseUrl's origin (scripts): root-relative ones come back absolute, on that origin. */
  sameOrigin?: boolean;
}

/** Raster images only: an SVG data URL opened as a document can run script. */
const safeDataImage = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/i;
/** Any scheme before the first `/`, `?` or `#` (`javascript:`, `mailto:`, `http:`). */
const schemePrefix = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The URL when it is safe to follow or put in `href`: http(s) with a host, or relative. Otherwise undefined —
 * `javascript:`, `vbscript:`, `data:`, protocol-relative `//evil.example` (and its backslash variants, which
 * browsers treat alike), and anything with control characters, which browsers strip before reading the scheme
 * (`java\tscript:`). What the hooks check before navigating; `safeUrl` adds images and same-origin scripts.
 */
export function safeLink(url: unknown): string | undefined {
  const trimmed = cleanText(url);
  // Another scheme, or http(s) without a host, is refused.
  return trimmed && (!schemePrefix.test(trimmed) || httpUrl.test(trimmed)) ? trimmed : undefined;
}

/** The text trimmed, unless it has control characters anywhere or, trimmed, is empty or starts `\`, `//`, `/\`. */
const cleanText = (url: unknown) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  typeof url === 'string' && !/[\u0000-\u001f\u007f]|^\s*(?:\\|\/[\\/]|$)/.test(url) ? url.trim() : undefined;

/**
 * `safeLink`, and with options: raster `data:image/*` for `img` src (`allowData: 'image'`), or only URLs on
 * baseUrl's origin (`sameOrigin`, for scripts: root-relative ones come back absolute on that origin).
 */
export function safeUrl(url: unknown, options: SafeUrlOptions = {}): string | undefined {
  const { allowData, sameOrigin } = options;
  const link = safeLink(url);
  if (!link) {
    const trimmed = cleanText(url);
    return allowData === 'image' && !sameOrigin && trimmed && safeDataImage.test(trimmed)
      ? trimmed
      : undefined;
  }
  if (!sameOrigin) return link;
  // A script's relative src must load from Ory, not from the page's origin.
  const origin = splitUrl(options.baseUrl ?? '')?.origin;
  if (!schemePrefix.test(link)) return origin && link.startsWith('/') ? `${origin}${link}` : undefined;
  return splitUrl(link)?.origin === origin ? link : undefined;
}
