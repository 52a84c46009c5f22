// Inline icons as SVG path data on a 24×24 grid, drawn with a 1.6px stroke and no fill.
// Kept as plain strings so lib/ stays free of React; components/nodes/KindIcon renders them.
// Nothing is fetched from a network.

const rect = (x: number, y: number, w: number, h: number, r = 1.5) =>
  `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 -${r} ${r}h-${w - 2 * r}a${r} ${r} 0 0 1 -${r} -${r}v-${h - 2 * r}a${r} ${r} 0 0 1 ${r} -${r}z`;
const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 -${2 * r} 0z`;
const line = (x1: number, y1: number, x2: number, y2: number) => `M${x1} ${y1}L${x2} ${y2}`;
/** A database cylinder. */
const cylinder = (x: number, y: number, w: number, h: number) => {
  const rx = w / 2;
  const ry = 2.2;
  return `M${x} ${y + ry}a${rx} ${ry} 0 1 0 ${w} 0a${rx} ${ry} 0 1 0 -${w} 0v${h - 2 * ry}a${rx} ${ry} 0 0 0 ${w} 0v-${h - 2 * ry}`;
};

export type IconPaths = readonly string[];

export const ICONS = {
  browser: [rect(3, 4, 18, 16), line(3, 8, 21, 8), circle(5.5, 6, 0.4), circle(7.5, 6, 0.4)],
  phone: [rect(7, 2.5, 10, 19, 2), line(10.5, 18.5, 13.5, 18.5)],
  globe: [circle(12, 12, 9), 'M3 12h18', 'M12 3c3 3 3 15 0 18', 'M12 3c-3 3 -3 15 0 18'],
  dns: [rect(3, 4, 18, 6), rect(3, 14, 18, 6), circle(7, 7, 0.6), circle(7, 17, 0.6), line(11, 7, 17, 7), line(11, 17, 17, 17)],
  balance: [circle(12, 5, 2.2), line(12, 7.2, 12, 11), 'M5 19l2-8h10l2 8', circle(5, 19, 1.6), circle(12, 19, 1.6), circle(19, 19, 1.6), line(12, 11, 12, 17.4)],
  gateway: ['M3 20V10l9-6 9 6v10', rect(8, 13, 8, 7, 0.5), line(12, 13, 12, 20)],
  gauge: ['M4 17a8 8 0 1 1 16 0', line(12, 17, 16, 10), circle(12, 17, 1.2)],
  shield: ['M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z'],
  shieldCheck: ['M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z', 'M8.5 12l2.5 2.5 4.5-5'],
  plug: ['M9 3v5', 'M15 3v5', 'M6 8h12v3a6 6 0 0 1 -12 0z', line(12, 17, 12, 21)],
  hexagon: ['M12 2.5l8.5 4.8v9.4L12 21.5l-8.5-4.8V7.3z', circle(12, 12, 3)],
  hexStack: ['M12 2.5l8.5 4.8v9.4L12 21.5l-8.5-4.8V7.3z', line(3.5, 12, 20.5, 12), line(12, 2.5, 12, 21.5)],
  scale: ['M4 12h16', 'M7 9l-3 3 3 3', 'M17 9l3 3-3 3', rect(9, 4, 6, 4, 1), rect(9, 16, 6, 4, 1)],
  ingress: ['M3 12h12', 'M11 8l4 4-4 4', rect(15, 4, 6, 16)],
  gpu: [rect(4, 6, 16, 12), rect(8, 9, 8, 6, 0.5), line(7, 3, 7, 6), line(12, 3, 12, 6), line(17, 3, 17, 6), line(7, 18, 7, 21), line(12, 18, 12, 21), line(17, 18, 17, 21)],
  lambda: ['M6 4h3l8 16h2', 'M12 10L6 20'],
  clock: [circle(12, 12, 9), 'M12 7v5l3.5 2'],
  cog: [circle(12, 12, 3), 'M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1'],
  database: [cylinder(5, 3, 14, 18), 'M5 9.5a7 2.2 0 0 0 14 0', 'M5 15a7 2.2 0 0 0 14 0'],
  document: ['M6 3h8l4 4v14H6z', 'M14 3v4h4', line(9, 12, 15, 12), line(9, 16, 15, 16)],
  key: [circle(8, 14, 4), 'M11 11l8-8', 'M16 6l2 2', 'M14 8l2 2'],
  bolt: ['M13 2L5 13h6l-1 9 8-11h-6z'],
  bucket: ['M4 6h16l-2 15H6z', 'M4 6a8 2.5 0 0 0 16 0'],
  warehouse: ['M3 10l9-6 9 6v11H3z', rect(7, 13, 10, 8, 0.5), line(7, 16.5, 17, 16.5)],
  lake: ['M3 9c3-2 6 2 9 0s6 2 9 0', 'M3 14c3-2 6 2 9 0s6 2 9 0', 'M3 19c3-2 6 2 9 0s6 2 9 0'],
  search: [circle(10.5, 10.5, 6), line(15, 15, 20.5, 20.5)],
  vector: [circle(5, 18, 1.6), circle(12, 6, 1.6), circle(19, 14, 1.6), circle(9, 12, 1.6), 'M6.3 17l2-3.6M9.9 10.6l1.3-3M13.4 7l4.5 5.8M10.6 12.3l6.8 1.5'],
  queue: [rect(2.5, 7, 19, 10), line(7.5, 7, 7.5, 17), line(12, 7, 12, 17), line(16.5, 7, 16.5, 17)],
  stream: ['M3 7h13', 'M13 4l3 3-3 3', 'M3 12h18', 'M18 9l3 3-3 3', 'M3 17h13', 'M13 14l3 3-3 3'],
  processor: [rect(3, 5, 18, 14), 'M6 12h4l2-4 2 8 2-4h2'],
  deadLetter: [rect(3, 6, 18, 13), 'M3 7l9 6 9-6', line(15, 2, 21, 8), line(21, 2, 15, 8)],
  cdc: [cylinder(3, 4, 8, 10), 'M13 9h8', 'M18 6l3 3-3 3', 'M21 17h-8', 'M16 14l-3 3 3 3'],
  layers: ['M12 3l9 5-9 5-9-5z', 'M3 12.5l9 5 9-5', 'M3 17l9 5 9-5'],
  box: ['M12 2.5l8.5 4.5v10L12 21.5 3.5 17V7z', 'M3.5 7L12 11.5 20.5 7', line(12, 11.5, 12, 21.5)],
  server: [rect(4, 3, 16, 8), rect(4, 13, 16, 8), circle(8, 7, 0.8), circle(8, 17, 0.8), 'M15 15.5l2 1.5-2 1.5'],
  pipeline: [circle(4.5, 12, 2), circle(12, 12, 2), circle(19.5, 12, 2), line(6.5, 12, 10, 12), line(14, 12, 17.5, 12), 'M4.5 10V5h15v5'],
  flask: ['M9 3h6', 'M10 3v6L4.5 19a1.5 1.5 0 0 0 1.3 2h12.4a1.5 1.5 0 0 0 1.3-2L14 9V3', line(7, 15, 17, 15)],
  dag: [circle(5, 6, 2), circle(5, 18, 2), circle(19, 12, 2), circle(12, 12, 2), 'M7 7l3 3.5M7 17l3-3.5M14 12h3'],
  checkData: [rect(3, 4, 14, 16), line(6, 8, 14, 8), line(6, 12, 11, 12), 'M13 17l2.5 2.5L21 14'],
  embedding: [rect(3, 3, 6, 6, 1), rect(15, 3, 6, 6, 1), rect(3, 15, 6, 6, 1), rect(15, 15, 6, 6, 1), line(9, 6, 15, 6), line(6, 9, 6, 15), 'M9 9l6 6'],
  batch: [rect(3, 3, 8, 8, 1), rect(13, 3, 8, 8, 1), rect(3, 13, 8, 8, 1), rect(13, 13, 8, 8, 1)],
  split: ['M3 12h6', 'M9 12l5-6h7', 'M9 12l5 6h7', 'M18 3l3 3-3 3', 'M18 15l3 3-3 3'],
  drift: ['M3 19h18', 'M3 16c3 0 4-9 7-9s3 6 5 6 3-4 6-4', 'M15 3l3 3-3 3'],
  tag: ['M3 12V4h8l10 10-8 8z', circle(7.5, 8, 1.2)],
  chart: ['M3 3v18h18', 'M7 15l4-5 3 3 5-7'],
  dashboard: [rect(3, 3, 8, 10, 1), rect(13, 3, 8, 6, 1), rect(13, 11, 8, 10, 1), rect(3, 15, 8, 6, 1)],
  logs: [rect(4, 3, 16, 18), line(7, 7, 17, 7), line(7, 11, 17, 11), line(7, 15, 13, 15)],
  trace: [line(3, 6, 15, 6), line(7, 11, 19, 11), line(10, 16, 21, 16), circle(3, 6, 0.6), line(3, 3, 3, 21)],
  bell: ['M6 16V11a6 6 0 0 1 12 0v5l2 2H4z', 'M10 20a2 2 0 0 0 4 0'],
  user: [circle(12, 8, 4), 'M4 21a8 8 0 0 1 16 0'],
  lock: [rect(5, 10, 14, 11), 'M8 10V7a4 4 0 0 1 8 0v3', circle(12, 15.5, 1.2)],
  scroll: ['M6 3h11a2 2 0 0 1 2 2v12', 'M6 3a2 2 0 0 0 -2 2v2h4', 'M8 5v14a2 2 0 0 0 2 2h9a2 2 0 0 0 2-2v-2H10', line(11, 8, 16, 8), line(11, 12, 16, 12)],
  flag: ['M5 21V4', 'M5 4h12l-2.5 4L17 12H5'],
  cloud: ['M7 18a4.5 4.5 0 0 1 -.5-9 6 6 0 0 1 11.5 1.5A3.8 3.8 0 0 1 17.5 18z'],
  cluster: [rect(3, 3, 18, 18, 3), circle(8, 8, 1.6), circle(16, 8, 1.6), circle(8, 16, 1.6), circle(16, 16, 1.6)],
  folder: ['M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v10a1 1 0 0 1 -1 1H4a1 1 0 0 1 -1-1z'],
  tenant: [rect(3, 3, 18, 18, 2), line(12, 3, 12, 21), circle(7.5, 9, 1.6), circle(16.5, 9, 1.6), 'M5 15h5M14 15h5'],
  region: [circle(12, 10, 3), 'M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11z'],
  note: ['M5 3h10l4 4v14H5z', 'M15 3v4h4', line(8, 11, 16, 11), line(8, 15, 16, 15)],
  limiter: [circle(12, 13, 8), 'M12 13l4-4', line(12, 2.5, 12, 5), line(9, 2.5, 15, 2.5)],
  workers: [rect(3, 7, 7, 10, 1), rect(14, 7, 7, 10, 1), 'M6.5 10v4M17.5 10v4'],
} satisfies Record<string, IconPaths>;

export type IconId = keyof typeof ICONS;
