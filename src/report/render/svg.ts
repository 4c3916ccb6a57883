// Small, dependency-free SVG chart builders for the HTML report. Each returns one <svg> string with
// a viewBox, so the page scales it; geometry uses floats (drawing only — values shown as text come
// from the report's exact, already formatted strings).

/** Escape text for XML/HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const r1 = (x: number): string => (Math.round(x * 10) / 10).toString();

function svg(width: number, height: number, label: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}" class="chart" font-family="system-ui, sans-serif">${body}</svg>`;
}

function text(x: number, y: number, s: string, attrs: string): string {
  return `<text x="${r1(x)}" y="${r1(y)}" ${attrs}>${esc(s)}</text>`;
}

/** One line of a line chart. */
export interface LineSeries {
  readonly name: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
  readonly dashed?: boolean;
}

/**
 * A line chart over categorical x labels, y from 0 to 1 (ratios), shown as percentages.
 * Null values break the line and draw no marker.
 */
export function lineChart(opts: { label: string; xLabels: readonly string[]; series: readonly LineSeries[]; percent: (v: number) => string }): string {
  const W = 470;
  const H = 260;
  const m = { l: 44, r: 34, t: 16, b: 56 };
  const iw = W - m.l - m.r;
  const ih = H - m.t - m.b;
  const n = opts.xLabels.length;
  const x = (i: number) => m.l + (n <= 1 ? iw / 2 : (i * iw) / (n - 1));
  const y = (v: number) => m.t + ih - v * ih;
  let body = '';
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    body += `<line x1="${m.l}" x2="${W - m.r}" y1="${r1(y(t))}" y2="${r1(y(t))}" stroke="#e5e7eb"/>`;
    body += text(m.l - 6, y(t) + 4, opts.percent(t), 'text-anchor="end" font-size="11" fill="#6b7280"');
  }
  opts.xLabels.forEach((l, i) => {
    body += text(x(i), H - m.b + 18, l, 'text-anchor="middle" font-size="11" fill="#374151"');
  });
  for (const s of opts.series) {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${r1(x(i))},${r1(y(v))}`;
      pen = true;
    });
    if (d) body += `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
    s.values.forEach((v, i) => {
      if (v !== null) body += `<circle cx="${r1(x(i))}" cy="${r1(y(v))}" r="3.5" fill="${s.color}"><title>${esc(`${s.name} ${opts.xLabels[i] ?? ''}: ${opts.percent(v)}`)}</title></circle>`;
    });
  }
  // Legend
  let lx = m.l;
  for (const s of opts.series) {
    body += `<line x1="${lx}" x2="${lx + 18}" y1="${H - 14}" y2="${H - 14}" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
    body += text(lx + 23, H - 10, s.name, 'font-size="11" fill="#374151"');
    lx += 30 + s.name.length * 6.5;
  }
  return svg(W, H, opts.label, body);
}

/** Interpolate from a pale to a deep blue for a share 0…1. */
export function heatColor(v: number): string {
  const t = Math.max(0, Math.min(1, v));
  const a = [239, 246, 255];
  const b = [30, 64, 175];
  const c = a.map((ai, i) => Math.round(ai + (b[i]! - ai) * t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** A cohort heatmap: one row per cohort, one cell per period offset; null cells left blank. */
export function heatmap(opts: {
  label: string;
  rows: readonly { readonly label: string; readonly note: string; readonly cells: readonly (number | null)[] }[];
  columnLabels: readonly string[];
  cellText: (v: number) => string;
}): string {
  const cw = 44;
  const ch = 22;
  const left = 110;
  const top = 24;
  const cols = opts.columnLabels.length;
  const W = left + cols * cw + 8;
  const H = top + opts.rows.length * ch + 8;
  let body = '';
  opts.columnLabels.forEach((c, j) => {
    body += text(left + j * cw + cw / 2, top - 8, c, 'text-anchor="middle" font-size="10" fill="#6b7280"');
  });
  opts.rows.forEach(({ label: rl, note, cells }, i) => {
    const yy = top + i * ch;
    body += text(left - 8, yy + ch / 2 + 4, `${rl} (${note})`, 'text-anchor="end" font-size="10" fill="#374151"');
    cells.forEach((v, j) => {
      if (v === null) return;
      const fill = heatColor(v);
      body += `<rect x="${left + j * cw + 1}" y="${yy + 1}" width="${cw - 2}" height="${ch - 2}" rx="2" fill="${fill}"><title>${esc(`${rl} +${j}: ${opts.cellText(v)}`)}</title></rect>`;
      body += text(left + j * cw + cw / 2, yy + ch / 2 + 4, opts.cellText(v), `text-anchor="middle" font-size="9.5" fill="${v > 0.55 ? '#ffffff' : '#1f2937'}"`);
    });
  });
  return svg(W, H, opts.label, body);
}

/** One bar of a bar chart. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly color?: string;
}

/** Horizontal bars, scaled to the largest value, each with its value text at the end. */
export function horizontalBars(opts: { label: string; bars: readonly Bar[]; color: string }): string {
  const W = 470;
  const rowH = 26;
  const left = 170;
  const right = 90;
  const H = Math.max(1, opts.bars.length) * rowH + 10;
  const max = Math.max(1e-12, ...opts.bars.map((b) => b.value));
  let body = '';
  opts.bars.forEach((b, i) => {
    const y = 5 + i * rowH;
    const w = ((W - left - right) * b.value) / max;
    body += text(left - 8, y + rowH / 2 + 4, b.label, 'text-anchor="end" font-size="12" fill="#374151"');
    body += `<rect x="${left}" y="${y + 4}" width="${r1(Math.max(w, b.value > 0 ? 2 : 0))}" height="${rowH - 8}" rx="3" fill="${b.color ?? opts.color}"><title>${esc(`${b.label}: ${b.text}`)}</title></rect>`;
    body += text(left + w + 6, y + rowH / 2 + 4, b.text, 'font-size="11" fill="#4b5563"');
  });
  return svg(W, H, opts.label, body);
}

/**
 * The NPS distribution: eleven vertical bars (answers 0…10) coloured by category, and below them
 * the score on the −100…100 scale with its confidence interval as a whisker.
 */
export function npsChart(opts: {
  label: string;
  counts: readonly number[];
  score: number | null;
  interval: readonly [number, number] | null;
  scoreText: string;
  intervalText: string;
}): string {
  const W = 470;
  const H = 250;
  const left = 30;
  const right = 16;
  const barTop = 14;
  const barH = 120;
  const iw = W - left - right;
  const bw = iw / 11;
  const max = Math.max(1, ...opts.counts);
  let body = '';
  opts.counts.forEach((c, i) => {
    const h = (barH * c) / max;
    const color = i >= 9 ? '#16a34a' : i >= 7 ? '#a3a3a3' : '#dc2626';
    const x = left + i * bw;
    body += `<rect x="${r1(x + 4)}" y="${r1(barTop + barH - h)}" width="${r1(bw - 8)}" height="${r1(h)}" rx="2" fill="${color}"><title>${i}: ${c}</title></rect>`;
    if (c > 0) body += text(x + bw / 2, barTop + barH - h - 4, String(c), 'text-anchor="middle" font-size="10" fill="#374151"');
    body += text(x + bw / 2, barTop + barH + 14, String(i), 'text-anchor="middle" font-size="11" fill="#374151"');
  });
  // The −100…100 scale.
  const sy = 200;
  const sx = (v: number) => left + ((v + 100) / 200) * iw;
  body += `<line x1="${left}" x2="${W - right}" y1="${sy}" y2="${sy}" stroke="#9ca3af"/>`;
  for (const t of [-100, -50, 0, 50, 100]) {
    body += `<line x1="${r1(sx(t))}" x2="${r1(sx(t))}" y1="${sy - 4}" y2="${sy + 4}" stroke="#9ca3af"/>`;
    body += text(sx(t), sy + 18, t < 0 ? `−${-t}` : String(t), 'text-anchor="middle" font-size="10" fill="#6b7280"');
  }
  if (opts.interval) {
    const [lo, hi] = opts.interval;
    body += `<rect x="${r1(sx(lo))}" y="${sy - 7}" width="${r1(Math.max(1, sx(hi) - sx(lo)))}" height="14" rx="3" fill="#bfdbfe" class="nps-interval"><title>${esc(opts.intervalText)}</title></rect>`;
  }
  if (opts.score !== null) {
    body += `<circle cx="${r1(sx(opts.score))}" cy="${sy}" r="6" fill="#1d4ed8" class="nps-score"/>`;
    body += text(sx(opts.score), sy - 14, opts.scoreText, 'text-anchor="middle" font-size="12" font-weight="600" fill="#1d4ed8"');
  }
  body += text(left, H - 2, opts.intervalText, 'font-size="11" fill="#4b5563"');
  return svg(W, H, opts.label, body);
}
