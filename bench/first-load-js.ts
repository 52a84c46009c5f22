// First-load JS of a route: the scripts its server-rendered HTML loads, gzipped one by one
// (what a browser downloads before the page can run), summed in KB.
import { gzipSync } from 'node:zlib';

/**
 * The `src` of every <script> tag in the HTML, in document order, without duplicates.
 * Inline scripts (no src) carry data for hydration, not code a chunk adds, so they are skipped;
 * so are `nomodule` scripts (legacy polyfills no current browser downloads).
 */
export function extractScriptSrcs(html: string): string[] {
  const srcs: string[] = [];
  const seen = new Set<string>();
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0]);
    if (!src || /\snomodule\b/i.test(tag[0])) continue;
    const value = decodeHtmlAttribute(src[1] ?? src[2] ?? src[3] ?? '');
    if (value && !seen.has(value)) {
      seen.add(value);
      srcs.push(value);
    }
  }
  return srcs;
}

function decodeHtmlAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

export interface ScriptSize {
  src: string;
  bytes: number;
  gzipBytes: number;
}

/** Sizes of a route's first-load scripts; `fetchText` reads one script (from the server or the build folder). */
export async function measureFirstLoadJs(html: string, fetchText: (src: string) => Promise<string>): Promise<{ scripts: ScriptSize[]; totalGzipKb: number }> {
  const scripts: ScriptSize[] = [];
  for (const src of extractScriptSrcs(html)) {
    const text = await fetchText(src);
    scripts.push({ src, bytes: Buffer.byteLength(text), gzipBytes: gzipSize(text) });
  }
  const totalGzipKb = scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
  return { scripts, totalGzipKb };
}
