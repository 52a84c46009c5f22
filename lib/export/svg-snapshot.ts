// The pure half of our board-picture renderer: which CSS goes into the picture, and the SVG
// text that wraps the serialised board.
//
// A picture is an SVG whose <foreignObject> holds a copy of the board's HTML. An SVG loaded as
// an image cannot fetch anything and does not see the page's stylesheets, so the CSS it needs
// travels inside it, in a <style> element. We embed the page's own CSS rules (about 50 KB)
// instead of copying every element's computed style onto it, as html-to-image does (huge
// files, slow exports: the figures are in the README). Rules that cannot match anything in
// the picture are left out, which keeps the file small and keeps styles of things that were
// removed from the picture (handles, selection state) out of it.
//
// Only plain data goes in and out, so this is tested in node with fake stylesheets.

/** The parts of a CSSStyleDeclaration we read. */
export interface StyleDeclarationLike {
  readonly cssText: string;
  readonly length: number;
  item(index: number): string;
  getPropertyValue(name: string): string;
}

/** The parts of a CSSRule we read (a real CSSRule, or a fake in tests). */
export interface CssRuleLike {
  readonly cssText: string;
  /** Style rules only. */
  readonly selectorText?: string;
  readonly style?: StyleDeclarationLike;
  /** Grouping rules (@media, @supports; nested style rules in newer browsers). */
  readonly cssRules?: ArrayLike<CssRuleLike>;
  /** @media and @supports: the condition between the at-keyword and the block. */
  readonly conditionText?: string;
}

/** The part of a CSSStyleSheet we read. A cross-origin sheet throws when cssRules is read. */
export interface StyleSheetLike {
  readonly cssRules: ArrayLike<CssRuleLike>;
}

/**
 * The CSS text of every readable sheet, keeping only the rules that may apply to a picture
 * whose elements carry `presentClasses`. Cross-origin sheets are skipped (the browser does not
 * let us read them; ours are all same-origin). @font-face and @import are dropped: an SVG
 * image cannot load fonts or sheets, and the app uses system fonts only.
 */
export function collectPictureCss(sheets: Iterable<StyleSheetLike>, presentClasses: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const rule of readableRules(sheets)) {
    const text = pictureRuleText(rule, presentClasses);
    if (text) parts.push(text);
  }
  return parts.join('\n');
}

/**
 * The custom properties of the light theme: those declared on plain `:root` rules (the dark
 * theme overrides them on `:root[data-theme=…]`). Read from the stylesheets rather than
 * copied here, so a colour changed in the CSS changes the exports too. Set on the picture's
 * root, they win over whatever theme the app shows.
 */
export function lightThemeVariables(sheets: Iterable<StyleSheetLike>): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const rule of readableRules(sheets)) {
    if (rule.selectorText?.trim() !== ':root' || !rule.style) continue;
    for (let i = 0; i < rule.style.length; i++) {
      const name = rule.style.item(i);
      if (name.startsWith('--')) variables[name] = rule.style.getPropertyValue(name).trim();
    }
  }
  return variables;
}

/** The top-level rules of every sheet we may read; a cross-origin sheet throws and is skipped (ours are same-origin). */
function* readableRules(sheets: Iterable<StyleSheetLike>): Generator<CssRuleLike> {
  for (const sheet of sheets) {
    let rules: ArrayLike<CssRuleLike>;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    yield* Array.from(rules);
  }
}

/** One rule as it goes into the picture, or null when it cannot apply there. */
export function pictureRuleText(rule: CssRuleLike, presentClasses: ReadonlySet<string>): string | null {
  if (typeof rule.selectorText === 'string' && rule.style) {
    const kept = splitSelectorList(rule.selectorText).filter((s) => selectorMayMatch(s, presentClasses));
    if (kept.length === 0) return null;
    // Nested rules (CSS nesting) are rare and hard to rewrite: keep such a rule whole.
    if (rule.cssRules && rule.cssRules.length > 0) return rule.cssText;
    return `${kept.join(', ')} { ${rule.style.cssText} }`;
  }
  const atKeyword = /^@([a-z-]+)/i.exec(rule.cssText.trimStart())?.[1]?.toLowerCase();
  if (atKeyword === 'font-face' || atKeyword === 'import') return null;
  if ((atKeyword === 'media' || atKeyword === 'supports') && rule.cssRules && typeof rule.conditionText === 'string') {
    const inner = Array.from(rule.cssRules)
      .map((r) => pictureRuleText(r, presentClasses))
      .filter((t): t is string => t !== null);
    return inner.length > 0 ? `@${atKeyword} ${rule.conditionText} {\n${inner.join('\n')}\n}` : null;
  }
  // @keyframes, @layer, @property, …: small and harmless, kept as they are.
  return rule.cssText;
}

/** "a, b:is(c, d)" → ["a", "b:is(c, d)"]: splits at top-level commas only. */
export function splitSelectorList(selectorText: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < selectorText.length; i++) {
    const ch = selectorText[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '\\') {
      i++;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '(' || ch === '[') {
      depth++;
    } else if (ch === ')' || ch === ']') {
      depth = Math.max(0, depth - 1);
    } else if (ch === ',' && depth === 0) {
      selectors.push(selectorText.slice(start, i).trim());
      start = i + 1;
    }
  }
  selectors.push(selectorText.slice(start).trim());
  return selectors.filter((s) => s.length > 0);
}

/** States a still picture never has: nothing is hovered, focused or pressed in it. */
const DYNAMIC_PSEUDO_CLASS = /:(hover|active|focus|focus-visible|focus-within)(?![\w-])/i;

/**
 * False when the selector certainly matches nothing in the picture: it needs a class no
 * element of the picture has, or a hover/focus state. Conservative otherwise (type, id and
 * attribute parts are not checked), so a kept rule is merely one that *may* apply.
 */
export function selectorMayMatch(selector: string, presentClasses: ReadonlySet<string>): boolean {
  // What is inside :not(…), :is(…), :where(…), :has(…) or [attr="…"] is not required of the
  // element, so it proves nothing: leave it out before looking for required classes.
  const required = stripBracketedParts(selector);
  if (DYNAMIC_PSEUDO_CLASS.test(required)) return false;
  for (const match of required.matchAll(/\.((?:[\w-]|\\.)+)/g)) {
    const className = match[1].replace(/\\(.)/g, '$1');
    if (!presentClasses.has(className)) return false;
  }
  return true;
}

function stripBracketedParts(selector: string): string {
  let out = '';
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '(' || ch === '[') {
      depth++;
    } else if (ch === ')' || ch === ']') {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0) {
      out += ch;
      if (ch === '\\' && i + 1 < selector.length) out += selector[++i];
    }
  }
  return out;
}

/** Every class name used by the elements (the picture's root and everything inside it). */
export function classNamesOf(elements: Iterable<{ readonly classList: Iterable<string> }>): Set<string> {
  const names = new Set<string>();
  for (const element of elements) for (const name of element.classList) names.add(name);
  return names;
}

/** Text safe inside an XML element (the CSS goes into the SVG's <style>). */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SvgDocumentParts {
  /** The picture's size in CSS pixels (its viewBox). */
  width: number;
  height: number;
  /** The size the SVG asks to be drawn at (the PNG's pixel size); the CSS size by default. */
  outerWidth?: number;
  outerHeight?: number;
  css: string;
  /** The serialised XHTML of the picture's root element (XMLSerializer output). */
  xhtml: string;
}

/**
 * A self-contained SVG document: the CSS in a <style> (it applies to the whole SVG document,
 * the HTML inside the foreignObject included) and the board's HTML in a foreignObject.
 */
export function svgDocumentText(parts: SvgDocumentParts): string {
  const { width, height, css, xhtml } = parts;
  const outerWidth = parts.outerWidth ?? width;
  const outerHeight = parts.outerHeight ?? height;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${outerWidth}" height="${outerHeight}" viewBox="0 0 ${width} ${height}">` +
    `<style>${escapeXmlText(css)}</style>` +
    `<foreignObject x="0" y="0" width="${width}" height="${height}">${xhtml}</foreignObject>` +
    `</svg>`
  );
}
