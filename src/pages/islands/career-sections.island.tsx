/**
 * Folding sections of the career page: following an in-page link (the sticky "On this page"
 * list, "sources", a shared #fragment) opens the folded section it points at and closes the
 * list; printing opens every section the print stylesheet shows. The page works without it:
 * a folded section opens on a tap.
 */
function openTarget(hash: string) {
  if (!hash || hash.length < 2) return;
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  const details = target?.querySelector(':scope > details') ?? target?.closest('details');
  if (details instanceof HTMLDetailsElement) details.open = true;
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link) return;
  openTarget(link.getAttribute('href') ?? '');
  const toc = link.closest('.sticky-toc details');
  if (toc instanceof HTMLDetailsElement) toc.open = false;
});
window.addEventListener('hashchange', () => openTarget(location.hash));
openTarget(location.hash);

const opened: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  for (const d of Array.from(document.querySelectorAll<HTMLDetailsElement>('section.fold > details:not([open])'))) {
    d.open = true;
    opened.push(d);
  }
});
window.addEventListener('afterprint', () => {
  for (const d of opened.splice(0)) d.open = false;
});
