import { configLocation } from '../config/types.js';
import type { Location } from '../finding.js';
import { locate, type Alignment, type Definition } from '../model/types.js';
import { triageBadge } from './examples.js';
import { defineRule, type RuleContext } from './types.js';

interface Options {
  allowHosts: string[];
}

const MESSAGES = {
  http: '"{url}" uses http:. Published ids, links and images must use https:, or browsers and verifiers block or flag them.',
  privateHost: '"{url}" points at {host}, {what}, which nobody outside your network can reach. Publish it under a public host.',
} as const;

type MessageId = keyof typeof MESSAGES;

export const insecureUrlRule = defineRule({
  id: 'insecure-url',
  defaultSeverity: 'warn',
  description: 'An http: URL, or a localhost or private-network host, in a published id, link or image.',
  optionsSchema: {
    allowHosts: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Host names that may appear anyway, such as a staging host used only in a branch.',
    },
  },
  defaultOptions: { allowHosts: [] } as Options,
  messages: MESSAGES,
  check(context) {
    const { config } = context;
    const configUrls: [string | undefined, Location][] = [
      [config.baseUrl, configLocation(config, 'baseUrl')],
      [config.issuer?.id, configLocation(config, 'issuer', 'id')],
      [config.issuer?.url, configLocation(config, 'issuer', 'url')],
      [config.issuer?.image, configLocation(config, 'issuer', 'image')],
    ];
    for (const [url, location] of configUrls) {
      if (url !== undefined) checkUrl(context, url, location, context.options);
    }

    for (const competency of context.model.competencies) checkAlignments(context, competency, competency.alignments);
    for (const badge of context.model.badges) {
      const options = context.optionsFor(badge);
      if (badge.image !== undefined) checkUrl(context, badge.image, locate(badge, 'image'), options, badge.id);
      if (badge.criteria?.url !== undefined) checkUrl(context, badge.criteria.url, locate(badge, 'criteria', 'url'), options, badge.id);
      checkAlignments(context, badge, badge.alignments);
    }
  },
  docs: {
    finds:
      'An `http:` URL, or a URL whose host is `localhost`, a loopback, private, link-local or shared address (127.0.0.0/8, 10.0.0.0/8, ' +
      '172.16.0.0/12, 192.168.0.0/16, 169.254.0.0/16, 100.64.0.0/10, ::1, fc00::/7, fe80::/10), a name under `.localhost`, `.local`, ' +
      '`.internal`, `.lan` or `.home.arpa`, or a single-label intranet name. Checked: the config\'s `baseUrl` and issuer `id`, `url` ' +
      'and `image`; badge `image` URLs and `criteria.url`; the `url` of every alignment.',
    why:
      'These URLs are published inside every Open Badge. A verifier or an employer following them from the public internet gets a ' +
      'mixed-content warning, a blocked request, or nothing at all; an id under `localhost` identifies nothing once the badge leaves ' +
      'the machine it was made on.',
    failing: {
      description: 'A plain-http alignment and a criteria page on an intranet host.',
      files: {
        'badge.yaml': triageBadge(
          'criteria: { url: "https://intranet/badges/triage" }',
          'alignments:',
          '  - { name: Incident handling, url: "http://frameworks.example.org/ir/1" }',
        ),
      },
    },
    passing: {
      description: 'Public https URLs.',
      files: {
        'badge.yaml': triageBadge(
          'criteria: { url: "https://badges.example.org/criteria/triage" }',
          'alignments:',
          '  - { name: Incident handling, url: "https://frameworks.example.org/ir/1" }',
        ),
      },
    },
    notes: 'Local image paths are not URLs and are not checked. Hosts listed in `allowHosts` are accepted.',
  },
});

function checkAlignments(context: RuleContext<Options, MessageId>, definition: Definition, alignments: readonly Alignment[]): void {
  const options = context.optionsFor(definition);
  alignments.forEach((alignment, index) => {
    checkUrl(context, alignment.url, locate(definition, 'alignments', index, 'url'), options, definition.id);
  });
}

function checkUrl(context: RuleContext<Options, MessageId>, url: string, location: Location, options: Options, definitionId?: string): void {
  if (!/^https?:/i.test(url)) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // A malformed URL is a schema finding where the schema checks it.
    return;
  }
  const host = parsed.hostname.toLowerCase();
  if (options.allowHosts.some((allowed) => allowed.toLowerCase() === host)) return;

  const extras = definitionId === undefined ? {} : { definitionId };
  const what = privateHostKind(host);
  if (what !== undefined) context.report('privateHost', { url, host, what }, location, extras);
  else if (parsed.protocol === 'http:') context.report('http', { url }, location, extras);
}

/** Describes a host that is not reachable from the public internet, or returns `undefined`. */
export function privateHostKind(host: string): string | undefined {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare.endsWith('.localhost')) return 'the local machine';
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(bare);
  if (ipv4 !== null) return privateIpv4Kind(ipv4.slice(1).map(Number));
  if (bare.includes(':')) return privateIpv6Kind(bare);
  if (/\.(local|internal|lan|home\.arpa|intranet|corp)$/.test(bare)) return 'a private network name';
  if (!bare.includes('.')) return 'an intranet name';
  return undefined;
}

function privateIpv4Kind([a = 0, b = 0]: number[]): string | undefined {
  if (a === 127) return 'a loopback address';
  if (a === 0) return 'an unspecified address';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private network address';
  if (a === 169 && b === 254) return 'a link-local address';
  if (a === 100 && b >= 64 && b <= 127) return 'a shared (carrier-grade NAT) address';
  return undefined;
}

function privateIpv6Kind(address: string): string | undefined {
  if (address === '::1') return 'a loopback address';
  if (address === '::') return 'an unspecified address';
  if (/^f[cd]/.test(address)) return 'a private network address';
  if (/^fe[89ab]/.test(address)) return 'a link-local address';
  // The URL parser writes an IPv4-mapped address in hex: ::ffff:7f00:1 is 127.0.0.1.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (mapped === null) return undefined;
  const high = parseInt(mapped[1] as string, 16);
  const low = parseInt(mapped[2] as string, 16);
  return privateIpv4Kind([high >> 8, high & 255, low >> 8, low & 255]);
}
