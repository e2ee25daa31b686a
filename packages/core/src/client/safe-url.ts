import { splitUrl } from './url-parts';

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
 * The URL when it is safe to put in `href`/`src`: http(s), relative, or (images) a raster `data:image/*`.
 * Otherwise undefined — `javascript:`, `vbscript:`, `data:text/html`, protocol-relative `//evil.example`
 * (and its backslash variants, which browsers treat alike), and anything with control characters, which
 * browsers strip before reading the scheme (`java\tscript:`).
 */
export function safeUrl(url: unknown, options: SafeUrlOptions = {}): string | undefined {
  // Control characters anywhere; or, once trimmed, nothing at all or a `\` / `//` / `/\` start.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  if (typeof url !== 'string' || /[\u0000-\u001f\u007f]|^\s*(?:\\|\/[\\/]|$)/.test(url)) return undefined;
  const trimmed = url.trim();
  const { allowData, sameOrigin } = options;
  if (allowData === 'image' && !sameOrigin && safeDataImage.test(trimmed)) return trimmed;
  const origin = splitUrl(options.baseUrl ?? '')?.origin;
  if (schemePrefix.test(trimmed)) {
    // Another scheme (other data: URLs too), or http(s) without a host, is refused.
    const absolute = splitUrl(trimmed);
    return absolute && (!sameOrigin || absolute.origin === origin) ? trimmed : undefined;
  }
  if (!sameOrigin) return trimmed;
  // A script's relative src must load from Ory, not from the page's origin.
  return origin && trimmed.startsWith('/') ? `${origin}${trimmed}` : undefined;
}
