import { describe, expect, it } from 'vitest';
import { extractScriptSrcs, gzipSize, measureFirstLoadJs } from './first-load-js';

// Shaped like what `next build` prerenders for an App Router page.
const HTML = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-preload-only.js"/>
<script src="/_next/static/chunks/a1b2.js" async=""></script>
<script async src='/_next/static/chunks/c3d4.js?dpl=x&amp;v=2'></script>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>
<SCRIPT noModule SRC=/_next/static/chunks/polyfills.js></SCRIPT>
</head><body><script src="/_next/static/chunks/a1b2.js" async=""></script>
<script id="data" type="application/json">{"src":"/not/a/script.js"}</script></body></html>`;

describe('extractScriptSrcs', () => {
  it('lists every module <script src> once, in document order, with entities decoded', () => {
    expect(extractScriptSrcs(HTML)).toEqual(['/_next/static/chunks/a1b2.js', '/_next/static/chunks/c3d4.js?dpl=x&v=2']);
  });

  it('leaves out nomodule scripts, which current browsers never download', () => {
    expect(extractScriptSrcs('<script nomodule src="legacy.js"></script><script src="app.js"></script>')).toEqual(['app.js']);
  });

  it('ignores inline scripts, preload links and "src" inside script bodies', () => {
    expect(extractScriptSrcs('<script>var src="x.js"</script><link rel="preload" href="y.js">')).toEqual([]);
  });

  it('does not mistake data-src for src', () => {
    expect(extractScriptSrcs('<script data-src="lazy.js"></script><script src="real.js"></script>')).toEqual(['real.js']);
  });
});

describe('gzip sizes', () => {
  it('gzipSize is the length of a valid gzip stream of the content', () => {
    const text = 'export const x = 1;\n'.repeat(500);
    const size = gzipSize(text);
    expect(size).toBeGreaterThan(20);
    expect(size).toBeLessThan(text.length / 10); // repetitive text compresses well
  });

  it('measureFirstLoadJs fetches each script once and sums the gzip sizes in KB', async () => {
    const bodies: Record<string, string> = {
      '/_next/static/chunks/a1b2.js': 'a'.repeat(4000),
      '/_next/static/chunks/c3d4.js?dpl=x&v=2': 'function f(){return 1}'.repeat(300),
    };
    const fetched: string[] = [];
    const { scripts, totalGzipKb } = await measureFirstLoadJs(HTML, async (src) => {
      fetched.push(src);
      return bodies[src];
    });
    expect(fetched).toEqual(Object.keys(bodies));
    expect(scripts.map((s) => s.bytes)).toEqual(Object.values(bodies).map((b) => b.length));
    expect(totalGzipKb).toBeCloseTo(scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024, 10);
    expect(scripts.every((s) => s.gzipBytes === gzipSize(bodies[s.src]))).toBe(true);
  });
});
