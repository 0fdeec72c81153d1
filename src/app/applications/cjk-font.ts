// Chinese text on papers in Source Han Sans SC (full coverage for names with rare characters, shipped by the npm
// package node-source-han-sans-sc; no system fonts). The font is parsed once per process; each PDF embeds only the
// glyphs it uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

interface CjkFont {
  hasGlyphForCodePoint(cp: number): boolean;
  layout: unknown;
}

let font: CjkFont | null = null;

/** Parse the CJK font (17 MB OTF) once; call at start so the first PDF is not slow. */
export function loadPermitFont(): CjkFont {
  if (!font) {
    const file = require.resolve('node-source-han-sans-sc/SourceHanSansSC-Regular.otf');
    font = fontkit.create(readFileSync(file)) as CjkFont;
  }
  return font;
}

/** Characters of a text the font cannot draw (a name beyond its coverage must not print as an empty box silently). */
export function missingGlyphs(text: string): string[] {
  const f = loadPermitFont();
  return [
    ...new Set([...text].filter((ch) => !/\s/.test(ch) && !f.hasGlyphForCodePoint(ch.codePointAt(0)!))),
  ];
}
