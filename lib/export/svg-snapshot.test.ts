import { describe, expect, it } from 'vitest';
import {
  classNamesOf,
  collectPictureCss,
  escapeXmlText,
  lightThemeVariables,
  pictureRuleText,
  selectorMayMatch,
  splitSelectorList,
  svgDocumentText,
  type CssRuleLike,
  type StyleDeclarationLike,
  type StyleSheetLike,
} from './svg-snapshot';

/** A fake CSSStyleDeclaration for "name: value; name: value;". */
function declarations(text: string): StyleDeclarationLike {
  const entries = text
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()] as const);
  return {
    cssText: text,
    length: entries.length,
    item: (index) => entries[index]?.[0] ?? '',
    getPropertyValue: (name) => entries.find(([n]) => n === name)?.[1] ?? '',
  };
}

/** A fake CSSStyleRule: what the browser would report for `selector { declarations }`. */
const styleRule = (selectorText: string, text: string): CssRuleLike => ({
  selectorText,
  style: declarations(text),
  cssText: `${selectorText} { ${text} }`,
});

const mediaRule = (conditionText: string, rules: CssRuleLike[]): CssRuleLike => ({
  conditionText,
  cssRules: rules,
  cssText: `@media ${conditionText} { ${rules.map((r) => r.cssText).join(' ')} }`,
});

const sheet = (...rules: CssRuleLike[]): StyleSheetLike => ({ cssRules: rules });

/** A cross-origin sheet: reading its rules throws, as in the browser. */
const crossOriginSheet: StyleSheetLike = {
  get cssRules(): ArrayLike<CssRuleLike> {
    throw new DOMException('Cannot access rules', 'SecurityError');
  },
};

const present = new Set(['react-flow', 'light', 'react-flow__edges', 'react-flow__node', 'component-node', 'board-edge', 'edge-async']);

describe('splitSelectorList', () => {
  it('splits at top-level commas only', () => {
    expect(splitSelectorList('a, .b > c,.d')).toEqual(['a', '.b > c', '.d']);
    expect(splitSelectorList('.a:is(.b, .c), .d')).toEqual(['.a:is(.b, .c)', '.d']);
    expect(splitSelectorList('[data-x="1,2"], .e')).toEqual(['[data-x="1,2"]', '.e']);
    expect(splitSelectorList('.a\\,b, .c')).toEqual(['.a\\,b', '.c']);
  });
});

describe('selectorMayMatch', () => {
  it('keeps selectors whose classes all occur in the picture', () => {
    expect(selectorMayMatch('.react-flow__node', present)).toBe(true);
    expect(selectorMayMatch('.react-flow.light .board-edge.edge-async', present)).toBe(true);
    expect(selectorMayMatch(':root', present)).toBe(true);
    expect(selectorMayMatch('*', present)).toBe(true);
    expect(selectorMayMatch('html, body', present)).toBe(true);
  });

  it('drops selectors that need a class absent from the picture', () => {
    expect(selectorMayMatch('.react-flow__handle', present)).toBe(false);
    expect(selectorMayMatch('.react-flow.dark', present)).toBe(false);
    expect(selectorMayMatch('.toolbar .react-flow__node', present)).toBe(false);
  });

  it('drops hover, focus and active states, which a still picture never has', () => {
    expect(selectorMayMatch('.react-flow__node:hover', present)).toBe(false);
    expect(selectorMayMatch('.component-node:focus-visible', present)).toBe(false);
    expect(selectorMayMatch('.component-node:active', present)).toBe(false);
    expect(selectorMayMatch('.component-node:hover::after', present)).toBe(false);
  });

  it('ignores classes and states inside :not(), :is() and attribute values (they are not required)', () => {
    expect(selectorMayMatch('.component-node:not(.selected)', present)).toBe(true);
    expect(selectorMayMatch('.board-edge:not(:hover)', present)).toBe(true);
    expect(selectorMayMatch(':is(.component-node, .missing)', present)).toBe(true);
    expect(selectorMayMatch('[data-label=".missing:hover"] .component-node', present)).toBe(true);
  });

  it('reads escaped class names', () => {
    expect(selectorMayMatch('.w-1\\/2', new Set(['w-1/2']))).toBe(true);
    expect(selectorMayMatch('.w-1\\/2', new Set(['w-1']))).toBe(false);
  });
});

describe('pictureRuleText', () => {
  it('keeps only the selectors of a rule that may match', () => {
    const rule = styleRule('.react-flow__node:hover .node-handle, .react-flow__handle.connectingfrom, .component-node', 'opacity: 1;');
    expect(pictureRuleText(rule, present)).toBe('.component-node { opacity: 1; }');
  });

  it('drops a rule when none of its selectors may match', () => {
    expect(pictureRuleText(styleRule('.react-flow__handle, .toolbar', 'color: red;'), present)).toBeNull();
  });

  it('rebuilds @media blocks from the rules that stay, and drops empty ones', () => {
    const media = mediaRule('(prefers-reduced-motion: reduce)', [
      styleRule('.board-edge', 'animation: none;'),
      styleRule('.toolbar', 'display: none;'),
    ]);
    expect(pictureRuleText(media, present)).toBe('@media (prefers-reduced-motion: reduce) {\n.board-edge { animation: none; }\n}');
    expect(pictureRuleText(mediaRule('print', [styleRule('.toolbar', 'display: none;')]), present)).toBeNull();
  });

  it('drops @font-face and @import (a picture cannot load them) and keeps other at-rules whole', () => {
    expect(pictureRuleText({ cssText: '@font-face { font-family: X; src: url(x.woff2); }' }, present)).toBeNull();
    expect(pictureRuleText({ cssText: '@import url("other.css");' }, present)).toBeNull();
    const keyframes = '@keyframes edge-flow { to { stroke-dashoffset: -18; } }';
    expect(pictureRuleText({ cssText: keyframes, cssRules: [] }, present)).toBe(keyframes);
  });

  it('keeps a matching rule with nested rules whole', () => {
    const nested: CssRuleLike = { ...styleRule('.component-node', 'color: red;'), cssRules: [styleRule('& .x', 'color: blue;')], cssText: '.component-node { color: red; & .x { color: blue; } }' };
    expect(pictureRuleText(nested, present)).toBe('.component-node { color: red; & .x { color: blue; } }');
  });
});

describe('collectPictureCss', () => {
  it('concatenates the readable sheets in order and skips cross-origin ones', () => {
    const reactFlowCss = sheet(styleRule('.react-flow__edges', 'position: absolute;'), styleRule('.react-flow__handle', 'width: 6px;'));
    const appCss = sheet(styleRule(':root', '--edge: #5b6572;'), styleRule('.react-flow__node', 'font-size: 13px;'));
    const css = collectPictureCss([reactFlowCss, crossOriginSheet, appCss], present);
    expect(css).toBe(
      ['.react-flow__edges { position: absolute; }', ':root { --edge: #5b6572; }', '.react-flow__node { font-size: 13px; }'].join('\n'),
    );
  });

  it('is empty when nothing is readable', () => {
    expect(collectPictureCss([crossOriginSheet], present)).toBe('');
  });
});

describe('lightThemeVariables', () => {
  it('reads the custom properties of plain :root rules, not the dark theme overrides or other properties', () => {
    const appCss = sheet(
      styleRule(':root', '--bg: #f6f7f9; --edge: #5b6572; font-size: 14px;'),
      mediaRule('(prefers-color-scheme: dark)', [styleRule(":root[data-theme='system']", '--bg: #121417;')]),
      styleRule(":root[data-theme='dark']", '--bg: #121417; --edge: #9aa3ad;'),
      styleRule('.react-flow', '--xy-background-color: var(--bg);'),
    );
    expect(lightThemeVariables([crossOriginSheet, appCss])).toEqual({ '--bg': '#f6f7f9', '--edge': '#5b6572' });
  });

  it('lets a later :root rule win, as the cascade does', () => {
    expect(lightThemeVariables([sheet(styleRule(':root', '--bg: red;')), sheet(styleRule(':root', '--bg: blue;'))])).toEqual({ '--bg': 'blue' });
  });
});

describe('classNamesOf', () => {
  it('gathers every class of every element', () => {
    const names = classNamesOf([{ classList: ['react-flow', 'light'] }, { classList: [] }, { classList: ['light', 'board-edge'] }]);
    expect([...names].sort()).toEqual(['board-edge', 'light', 'react-flow']);
  });
});

describe('svgDocumentText', () => {
  it('wraps the XHTML in a foreignObject, with the CSS escaped into a <style>', () => {
    const svg = svgDocumentText({
      width: 680,
      height: 360,
      css: '.a > .b { content: "<&>"; }',
      xhtml: '<div xmlns="http://www.w3.org/1999/xhtml">x</div>',
    });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="680" height="360" viewBox="0 0 680 360">' +
        '<style>.a &gt; .b { content: "&lt;&amp;&gt;"; }</style>' +
        '<foreignObject x="0" y="0" width="680" height="360"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>' +
        '</svg>',
    );
  });

  it('can ask to be drawn larger than its viewBox (the PNG pixel size)', () => {
    const svg = svgDocumentText({ width: 100, height: 50, outerWidth: 200, outerHeight: 100, css: '', xhtml: '' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 100 50">')).toBe(true);
  });
});

describe('escapeXmlText', () => {
  it('escapes the characters that would end or break XML text', () => {
    expect(escapeXmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
  });
});
