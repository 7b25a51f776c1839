import { matchPath } from 'react-router-dom';
import { PAGES, UPDATES_TABS, type PageName } from '../../src/core/pages.js';

export const TEST_PUBLIC_URL = 'https://desk.example.test';

/** Every http(s) link in a mail's text or HTML (HTML entities in attributes undone). */
export function linksIn(...parts: string[]): string[] {
  const found = new Set<string>();
  for (const part of parts) {
    for (const m of part.replace(/&amp;/g, '&').matchAll(/https?:\/\/[^\s"'<>]+/g)) found.add(m[0].replace(/[.,;)]+$/, ''));
  }
  return [...found];
}

/**
 * The page of the web router (core/pages.ts, which app-routes.tsx declares
 * route by route) that a link opens, matched the way the router matches it;
 * null when the link leads to "Page not found" or off the instance.
 */
export function pageOfLink(link: string, publicUrl = TEST_PUBLIC_URL): PageName | null {
  if (!link.startsWith(`${publicUrl}/`)) return null;
  const url = new URL(link);
  const names = (Object.keys(PAGES) as PageName[]).filter((n) => matchPath({ path: PAGES[n], end: true }, url.pathname));
  // The router prefers a static segment (support/tickets/new) over a parameter (support/tickets/:id).
  const name = names.find((n) => !PAGES[n].includes(':')) ?? names[0] ?? null;
  if (name === 'supportUpdates') {
    const tab = url.searchParams.get('tab');
    if (tab !== null && !(UPDATES_TABS as readonly string[]).includes(tab)) return null;
  }
  return name;
}
