/**
 * The renderer's Content-Security-Policy, the same in the Electron window and
 * on the loopback bridge: only the app's own scripts, styles and images; no
 * inline script, no eval, no remote origin, no frames.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
