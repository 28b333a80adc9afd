import { isAllowed, isPublicAddress } from '@rebound/server/net/ssrf-guard';
import { describe, expect, it } from 'vitest';

describe('isPublicAddress', () => {
  it.each([
    ['127.0.0.1', 'IPv4 loopback'],
    ['127.255.255.254', 'the far end of 127/8'],
    ['10.1.2.3', 'private 10/8'],
    ['172.16.0.1', 'private 172.16/12 start'],
    ['172.31.255.255', 'private 172.16/12 end'],
    ['192.168.1.1', 'private 192.168/16'],
    ['169.254.169.254', 'cloud metadata (link-local)'],
    ['169.254.0.1', 'link-local'],
    ['100.64.0.1', 'CGNAT 100.64/10 start'],
    ['100.127.255.254', 'CGNAT 100.64/10 end'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', '0.0.0.0/8'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast SSDP'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved 240/4'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local'],
    ['fe80::1%eth0', 'IPv6 link-local with a zone id'],
    ['febf::1', 'the far end of fe80::/10'],
    ['fc00::1', 'unique-local fc00::/7'],
    ['fd12:3456::1', 'unique-local fd00::/8'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:8.8.8.8', 'IPv4-mapped public address (still refused: mapped forms are never dialled directly)'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
    ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
    ['2002:7f00:1::', '6to4 wrapping 127.0.0.1'],
    ['::127.0.0.1', 'deprecated IPv4-compatible form'],
    ['[::1]', 'bracketed loopback'],
    ['not-an-ip', 'a host name'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '172.15.255.255',
    '172.32.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '169.253.255.255',
    '2606:4700:4700::1111',
    '2a00:1450:4001:82b::200e',
  ])('accepts the public address %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
});

describe('isAllowed', () => {
  const allowList = ['127.0.0.0/8', '::1/128', '10.20.0.5', 'intranet.example', '*.corp.example'];

  it('matches addresses inside an allowed CIDR and refuses those outside', () => {
    expect(isAllowed('127.0.0.1', allowList)).toBe(true);
    expect(isAllowed('127.9.9.9', allowList)).toBe(true);
    expect(isAllowed('::1', allowList)).toBe(true);
    expect(isAllowed('128.0.0.1', allowList)).toBe(false);
    expect(isAllowed('::2', allowList)).toBe(false);
  });

  it('treats an IPv4-mapped IPv6 peer as its IPv4 address', () => {
    expect(isAllowed('::ffff:127.0.0.1', allowList)).toBe(true);
    expect(isAllowed('::ffff:10.0.0.1', allowList)).toBe(false);
  });

  it('matches single addresses exactly', () => {
    expect(isAllowed('10.20.0.5', allowList)).toBe(true);
    expect(isAllowed('10.20.0.6', allowList)).toBe(false);
  });

  it('matches host names case-insensitively, with subdomain patterns, and ignores a trailing dot', () => {
    expect(isAllowed('INTRANET.example.', allowList)).toBe(true);
    expect(isAllowed('reviews.corp.example', allowList)).toBe(true);
    expect(isAllowed('corp.example', allowList)).toBe(false);
    expect(isAllowed('evil-intranet.example', allowList)).toBe(false);
    expect(isAllowed('intranet.example.evil.test', allowList)).toBe(false);
  });

  it('allows nothing with an empty list', () => {
    expect(isAllowed('127.0.0.1', [])).toBe(false);
    expect(isAllowed('localhost', [])).toBe(false);
  });

  it('ignores malformed entries instead of throwing', () => {
    expect(isAllowed('127.0.0.1', ['127.0.0.0/99', 'not a cidr/8'])).toBe(false);
  });
});
