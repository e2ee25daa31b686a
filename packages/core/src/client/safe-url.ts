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
const schemePrefix = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The URL when it is safe to put in `href`/`src`: http(s), relative, or (images) a raster `data:image/*`.
 * Otherwise undefined — `javascript:`, `vbscript:`, `data:text/html`, protocol-relative `//evil.example`
 * (and its backslash variants, which browsers treat alike), and anything with control characters, which
 * browsers strip before reading the scheme (`java\tscript:`).
 */
export function safeUrl(url: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof url !== 'string') return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(url)) return undefined;
  const trimmed = url.trim();
  if (trimmed === '' || /^[\\/]{2}/.test(trimmed) || trimmed.startsWith('\\')) return undefined;

  const scheme = schemePrefix.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'data') {
    return options.allowData === 'image' && !options.sameOrigin && safeDataImage.test(trimmed)
      ? trimmed
      : undefined;
  }
  if (scheme !== undefined) {
    const absolute = splitUrl(trimmed);
    if (!absolute) return undefined; // another scheme, or http(s) without a host
    if (options.sameOrigin && absolute.origin !== splitUrl(options.baseUrl ?? '')?.origin) return undefined;
    return trimmed;
  }

  if (!options.sameOrigin) return trimmed;
  // A script's relative src must load from Ory, not from the page's origin.
  const base = splitUrl(options.baseUrl ?? '');
  if (!base || !trimmed.startsWith('/')) return undefined;
  return `${base.origin}${trimmed}`;
}
