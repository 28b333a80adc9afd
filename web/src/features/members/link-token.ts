/** One-time links carry their token after `#`, so it never reaches a server log or a Referer header. */
export function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}
