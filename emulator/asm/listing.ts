/**
 * Listing in the format of `nasm -l` (asm/listing.c): line number, address,
 * up to 9 bytes of hex per row (continued on the next rows with a `-`),
 * `<n>` for macro expansion depth, `<rep N>` for TIMES and warnings inline.
 */
import type { PLine } from './preprocessor';
import type { ListRec } from './assembler';

const hex = (v: number | bigint, w: number) => v.toString(16).toUpperCase().padStart(w, '0');

function hexBytes(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to && i < b.length; i++) s += hex(b[i], 2);
  return s;
}

export function buildListing(lines: PLine[], recs: ListRec[]): string {
  const byLine = new Map<PLine, ListRec[]>();
  for (const r of recs) {
    const l = byLine.get(r.line);
    if (l) l.push(r); else byLine.set(r.line, [r]);
  }
  const out: string[] = [];
  for (const line of lines) {
    const marker = line.depth > 0 ? `<${line.depth}>`.padStart(4) : '    ';
    const num = String(line.line).padStart(6);
    const text = line.text.replace(/\s+$/, '');
    const rs = byLine.get(line);
    if (!rs || rs.length === 0) {
      out.push(`${num} ${' '.repeat(28)}${marker} ${text}`);
      continue;
    }
    let first = true;
    for (const r of rs) {
      let addr = r.addr;
      if (r.reps > 1) {
        const field = `${hexBytes(r.bytes, 0, Math.min(r.total, 9))}<rep ${hex(r.reps, 0)}h>`;
        out.push(`${num} ${hex(addr, 8)} ${field.padEnd(19)}${first ? `${marker} ${text}` : ''}`);
        first = false;
      } else {
        const n = r.total;
        const shown = Math.min(n, r.bytes.length);
        for (let off = 0; off < Math.max(shown, 1); off += 9) {
          const end = Math.min(off + 9, shown);
          let field = hexBytes(r.bytes, off, end);
          if (end < shown) field += '-';
          else if (n > shown) field += '...';
          out.push(`${num} ${hex(addr, 8)} ${field.padEnd(19)}${first ? `${marker} ${text}` : line.depth > 0 ? marker : ''}`);
          first = false;
          addr += 9n;
        }
      }
      for (const w of r.warn ?? []) out.push(`${num}          ******************       warning: ${w}`);
    }
  }
  return out.join('\n') + '\n';
}
