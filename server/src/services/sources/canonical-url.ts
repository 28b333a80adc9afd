/**
 * One spelling for addresses that reach the same page: scheme and host in lower case (the URL parser does that),
 * the default port dropped, no fragment (never sent to the server), no trailing slash on the path. The query is
 * kept as written: on review sites it often picks the business or the page. Null for anything unparsable.
 */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}${url.search}`;
}
