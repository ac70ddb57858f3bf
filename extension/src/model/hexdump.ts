/** Hex dump for "Reveal in memory" (a read-only document filled by a DAP readMemory). */
export function hexDump(address: bigint, data: Uint8Array, unreadable = 0): string {
  const lines: string[] = [];
  const start = address & ~0xfn;
  const lead = Number(address - start);
  const total = lead + data.length;
  for (let off = 0; off < total; off += 16) {
    const row = start + BigInt(off);
    let hexPart = '';
    let ascii = '';
    for (let i = 0; i < 16; i++) {
      const k = off + i - lead;
      if (k < 0 || k >= data.length) { hexPart += '   '; ascii += ' '; }
      else { const b = data[k]; hexPart += b.toString(16).padStart(2, '0') + ' '; ascii += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.'; }
      if (i === 7) hexPart += ' ';
    }
    lines.push(`${row.toString(16).padStart(16, '0')}  ${hexPart} |${ascii}|`);
  }
  if (unreadable) lines.push(`(${unreadable} bytes after these are not readable: not mapped or not RAM)`);
  return lines.join('\n') + '\n';
}
