import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One runnable snippet: where it came from and its code. */
export interface Snippet {
  readonly origin: string; // file:line
  readonly code: string;
  readonly kind: 'example' | 'markdown';
}

export function walk(dir: string, test: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, test));
    else if (test(p)) out.push(p);
  }
  return out;
}

/** Every `@example` block of every doc comment in a TypeScript file. */
export function examplesOf(file: string, root: string): Snippet[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Snippet[] = [];
  let inComment = false;
  let current: { start: number; body: string[] } | undefined;
  const flush = () => {
    if (current && current.body.some((l) => l.trim() !== '')) {
      out.push({ origin: `${relative(root, file)}:${current.start}`, code: current.body.join('\n'), kind: 'example' });
    }
    current = undefined;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!inComment && line.startsWith('/**')) inComment = true;
    if (!inComment) return;
    const end = line.endsWith('*/');
    const text = raw.replace(/^\s*\/?\*\*?\s?/, '').replace(/\s*\*\/\s*$/, '');
    if (/^@\w+/.test(text.trim())) {
      flush();
      if (text.trim().startsWith('@example')) current = { start: i + 2, body: [] };
    } else if (current) {
      current.body.push(text);
    }
    if (end) {
      flush();
      inComment = false;
    }
  });
  return out;
}

/** Every fenced ```ts block of a Markdown file. */
export function blocksOf(file: string, root: string): Snippet[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Snippet[] = [];
  let current: { start: number; body: string[] } | undefined;
  lines.forEach((line, i) => {
    if (current) {
      if (/^```\s*$/.test(line)) {
        out.push({ origin: `${relative(root, file)}:${current.start}`, code: current.body.join('\n'), kind: 'markdown' });
        current = undefined;
      } else current.body.push(line);
    } else if (/^```(ts|typescript)\s*$/.test(line)) {
      current = { start: i + 1, body: [] };
    }
  });
  return out;
}

/**
 * Turn a snippet into a module: imports of 'customer-metrics' point at the source, and each
 * `expression; // => expected` line becomes an assertion.
 */
export function toModule(snippet: Snippet, indexPath: string, exportNames: readonly string[]): string {
  const body = snippet.code
    .split('\n')
    .map((line, k) => {
      const m = /^(\s*)(.*?);?\s*\/\/ => (.*)$/.exec(line);
      if (!m) return line;
      const [, indent, expr, expected] = m;
      return `${indent}__check((${expr}), (${expected}), ${JSON.stringify(`${snippet.origin} +${k}`)});`;
    })
    .join('\n')
    .replace(/from\s+['"]customer-metrics['"]/g, `from ${JSON.stringify(indexPath)}`)
    .replace(/from\s+['"]customer-metrics\/report['"]/g, `from ${JSON.stringify(indexPath.replace(/index\.ts$/, 'report/render/index.ts'))}`);
  const prelude =
    snippet.kind === 'example'
      ? `import { ${exportNames.join(', ')} } from ${JSON.stringify(indexPath)};\n`
      : '';
  return `${prelude}import { __check } from ${JSON.stringify(join(__dirname, 'check.ts'))};\nexport const __assertions = [];\n${body}\n`;
}
