import ipaddr from 'ipaddr.js';

export type ParsedAddress = ipaddr.IPv4 | ipaddr.IPv6;

// Only global unicast IPv6 (2000::/3) can be a public web server; everything outside it (loopback,
// unspecified, IPv4-compatible ::/96, link-local, unique-local, multicast) is internal or meaningless.
const globalUnicastV6 = ipaddr.parseCIDR('2000::/3');

/** Parses an address literal, tolerating brackets and an IPv6 zone id; null when it is not an IP. */
export function parseAddress(value: string): ParsedAddress | null {
  const bare = value.trim().replace(/^\[|\]$/g, '');
  const withoutZone = bare.includes(':') ? (bare.split('%')[0] ?? bare) : bare;
  // ipaddr.isValid accepts shorthand like "127.1" or "0x7f.1"; only the strict four-part form
  // (or any valid IPv6) counts as an address here, so odd spellings are treated as host names and resolved.
  if (ipaddr.IPv4.isValidFourPartDecimal(withoutZone)) return ipaddr.IPv4.parse(withoutZone);
  if (ipaddr.IPv6.isValid(withoutZone)) return ipaddr.IPv6.parse(withoutZone);
  return null;
}

/**
 * True only for addresses a stranger's web site may legitimately live on. Every special-purpose range
 * ipaddr.js knows (private, loopback, link-local incl. 169.254.169.254, CGNAT, multicast, reserved,
 * 0.0.0.0/8, unique-local, IPv4-mapped / NAT64 / 6to4 / Teredo translations) is refused: the translated
 * forms can smuggle an internal IPv4 address past a check that only looks at the IPv6 form.
 */
export function isPublicAddress(ip: string): boolean {
  const address = parseAddress(ip);
  if (!address) return false;
  if (address.kind() === 'ipv4') return address.range() === 'unicast';
  return address.range() === 'unicast' && address.match(globalUnicastV6);
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

function matchesHostEntry(host: string, entry: string): boolean {
  if (entry.startsWith('*.')) return host.endsWith(entry.slice(1));
  if (entry.startsWith('.')) return host === entry.slice(1) || host.endsWith(entry);
  return host === entry;
}

function matchesAddressEntry(address: ParsedAddress, entry: string): boolean {
  // An IPv4-mapped IPv6 address is the IPv4 address for allow-list purposes, so "127.0.0.0/8" also
  // covers ::ffff:127.0.0.1 (what a dual-stack socket reports for an IPv4 peer).
  const candidate =
    address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
      ? (address as ipaddr.IPv6).toIPv4Address()
      : address;
  try {
    if (entry.includes('/')) {
      const [range, bits] = ipaddr.parseCIDR(entry);
      return candidate.kind() === range.kind() && candidate.match(range, bits);
    }
    const single = parseAddress(entry);
    return (
      single !== null && single.kind() === candidate.kind() && single.toString() === candidate.toString()
    );
  } catch {
    return false;
  }
}

/**
 * True when an admin allow-list entry covers this address or host name. Entries are CIDRs
 * ("10.0.0.0/8", "::1/128"), single addresses, exact host names ("intranet.example") or
 * subdomain patterns ("*.example.com", ".example.com").
 */
export function isAllowed(ipOrHost: string, allowList: string[]): boolean {
  if (allowList.length === 0) return false;
  const address = parseAddress(ipOrHost);
  if (address) return allowList.some((entry) => matchesAddressEntry(address, entry.trim()));
  const host = normaliseHost(ipOrHost);
  if (host === '') return false;
  return allowList.some((entry) => {
    const normalised = normaliseHost(entry);
    return (
      !normalised.includes('/') && parseAddress(normalised) === null && matchesHostEntry(host, normalised)
    );
  });
}

/** The single question every connection asks: may Rebound talk to this address for this host name? */
export function isAddressPermitted(ip: string, hostName: string | null, allowList: string[]): boolean {
  if (hostName !== null && parseAddress(hostName) === null && isAllowed(hostName, allowList)) return true;
  return isPublicAddress(ip) || isAllowed(ip, allowList);
}
