/** Content-script logging: quiet unless something failed, always saying which feature and site. */
export function logFeatureError(feature: string, site: string, error: unknown): void {
  console.warn(`[Rapport] ${feature} on ${site} stopped:`, error);
}

/** The extension was reloaded, updated or removed: this copy of the script can no longer reach it. */
export function isContextGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Extension context invalidated|context invalidated|Receiving end does not exist|message port closed before|Could not establish connection/i.test(
    message,
  );
}
