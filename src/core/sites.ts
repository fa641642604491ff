/** The sites Rapport works on. The order is the order they are shown in. */
export const SITE_IDS = ['x', 'reddit', 'mastodon', 'bluesky', 'linkedin', 'youtube'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const SITE_NAMES: Record<SiteId, string> = {
  x: 'X',
  reddit: 'Reddit',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
};

/** `<site>:<native id>` per the observable contract. */
export function siteOfItemId(id: string): SiteId | undefined {
  const site = id.slice(0, id.indexOf(':'));
  return (SITE_IDS as readonly string[]).includes(site) ? (site as SiteId) : undefined;
}
