/** Pages anyone may open without signing in; a 401 there never sends the visitor to /login. */
const PUBLIC_PATHS = ['/login', '/verify', '/certificates/check', '/credit/public'];
const PUBLIC_PREFIXES = ['/c/'];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.includes(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}
