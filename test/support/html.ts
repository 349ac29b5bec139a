/** Visible text of an HTML page: scripts (JSON-LD included) and tags removed, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<(title|desc)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
      if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    })
    .replace(/\s+/g, ' ');
}

/** Addresses of this site's pages that a page links to or sends a form to (not assets, the API docs or other sites). */
export const siteLinks = (html: string): string[] =>
  [...html.matchAll(/\s(?:href|action|formaction)="(\/[^"]*)"/gi)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((url) => !/^\/(assets\/|docs$|favicon|manifest)/.test(url));
