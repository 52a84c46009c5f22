import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryColor, ICONS, iconImageUrl, type IconId } from '@/lib/catalog';

/** The SVG text inside `url("data:image/svg+xml,…")`. */
function decode(url: string): string {
  const match = /^url\("data:image\/svg\+xml,(.*)"\)$/.exec(url);
  if (!match) throw new Error(`not an SVG data URL: ${url.slice(0, 60)}`);
  return decodeURIComponent(match[1]);
}

describe('iconImageUrl', () => {
  it('draws every path of the icon, stroked in the colour', () => {
    for (const icon of Object.keys(ICONS) as IconId[]) {
      const svg = decode(iconImageUrl(icon, '#7048e8'));
      expect(svg).toContain("stroke='#7048e8'");
      expect(svg.match(/<path /g)).toHaveLength(ICONS[icon].length);
      for (const d of ICONS[icon]) expect(svg).toContain(`d='${d}'`);
    }
  });

  it('escapes what would end the url() or cut the data URL short', () => {
    const url = iconImageUrl('shield', '#c92a2a');
    const body = url.slice('url("'.length, -'")'.length);
    expect(body).not.toMatch(/[#"]/);
    expect(decode(url)).toContain("stroke='#c92a2a'");
  });

  it('gives distinct images per colour and the same string for the same icon and colour', () => {
    expect(iconImageUrl('globe', '#1c7ed6')).toBe(iconImageUrl('globe', '#1c7ed6'));
    expect(iconImageUrl('globe', '#1c7ed6')).not.toBe(iconImageUrl('globe', '#2f9e44'));
  });
});

describe('category colours', () => {
  it('match the --c-<category> variables of the stylesheet, so icons and borders agree', () => {
    const css = readFileSync(path.join(process.cwd(), 'app/globals.css'), 'utf8');
    for (const category of CATEGORIES) {
      const declared = new RegExp(`--c-${category.id}:\\s*(#[0-9a-f]{3,8})`, 'i').exec(css)?.[1];
      expect(declared?.toLowerCase(), category.id).toBe(category.color);
    }
  });

  it('falls back to grey for an unknown category', () => {
    expect(categoryColor('data')).toBe('#e67700');
    expect(categoryColor('nope')).toBe('#868e96');
  });
});
