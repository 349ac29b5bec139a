/**
 * The picture a link preview shows (WhatsApp, X, LinkedIn read og:image, and none of them
 * reads SVG): 1200×630 PNG, the career's name big, its field and the pay most people in it
 * earn. Drawn from the profile, so a published change shows in the next preview. Latin text
 * only (the pixel font has no Devanagari): Hindi pages share the same picture.
 */
import { CELL, glyph } from './pixel-font.ts';
import { encodePng } from './png.ts';

export const SHARE_SIZE = { width: 1200, height: 630 } as const;
const PALETTE = [
  [11, 83, 148], // brand blue
  [255, 255, 255],
  [255, 214, 102], // warm accent for the pay line
] as const;
const MARGIN = 72;

export interface ShareText {
  title: string;
  /** Small line above the title. */
  kicker: string;
  /** Accent line below the title, e.g. the headline pay. */
  highlight?: string;
}

/** Words that fit `maxChars` a line, in at most `maxLines` lines (the last one cut with "..."). */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) line = next;
    else {
      if (line) lines.push(line);
      line = word.slice(0, maxChars);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, maxChars - 3)}...`;
  return kept;
}

function draw(pixels: Uint8Array, text: string, x0: number, y0: number, scale: number, colour: number) {
  let x = x0;
  for (const ch of text) {
    const rows = glyph(ch);
    if (!rows) continue;
    rows.forEach((bits, row) => {
      for (let col = 0; col < 5; col += 1) {
        if (!(bits & (1 << (4 - col)))) continue;
        for (let dy = 0; dy < scale; dy += 1) {
          const start = (y0 + row * scale + dy) * SHARE_SIZE.width + x + col * scale;
          pixels.fill(colour, start, start + scale);
        }
      }
    });
    x += CELL.width * scale;
  }
}

/** Only what the font can draw: other characters (accents, Devanagari) are dropped. */
const drawable = (text: string) =>
  [...text.normalize('NFKD')]
    .filter((ch) => glyph(ch) !== null)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

export function shareImage({ title, kicker, highlight }: ShareText): Buffer {
  const { width, height } = SHARE_SIZE;
  const pixels = new Uint8Array(width * height);
  const usable = width - 2 * MARGIN;
  draw(pixels, 'CAREERPATH', MARGIN, MARGIN, 6, 1);
  draw(pixels, drawable(kicker).slice(0, Math.floor(usable / (CELL.width * 5))), MARGIN, MARGIN + 80, 5, 1);
  // the biggest scale at which the whole title fits between the kicker and the pay line
  const top = MARGIN + 170;
  const room = height - MARGIN - 7 * 7 - 24 - top;
  const clean = drawable(title);
  const charsAt = (scale: number) => Math.floor(usable / (CELL.width * scale));
  const fits = (n: number, scale: number) => n * (CELL.height + 3) * scale - 3 * scale <= room;
  let scale = 14;
  while (scale > 6 && !fits(wrap(clean, charsAt(scale), 99).length, scale)) scale -= 1;
  const lines = wrap(clean, charsAt(scale), Math.max(1, Math.floor((room + 3 * scale) / ((CELL.height + 3) * scale))));
  let y = top;
  for (const line of lines) {
    draw(pixels, line, MARGIN, y, scale, 1);
    y += (CELL.height + 3) * scale;
  }
  if (highlight) draw(pixels, drawable(highlight).slice(0, Math.floor(usable / (CELL.width * 7))), MARGIN, height - MARGIN - 7 * 7, 7, 2);
  return encodePng(width, height, pixels, PALETTE);
}
