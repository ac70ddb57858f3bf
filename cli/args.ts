// Minimal, strict argument parsing for vmxdbg: unknown flags and bad values are errors.

export interface FlagSpec { [name: string]: 'bool' | 'string' | 'number' | 'list' }

export class UsageError extends Error {}

export function parseArgs(argv: string[], spec: FlagSpec): { positional: string[]; flags: Record<string, string | number | boolean | string[]> } {
  const positional: string[] = [];
  const flags: Record<string, string | number | boolean | string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') { positional.push(a); continue; }
    let name = a.replace(/^--?/, '');
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) { value = name.slice(eq + 1); name = name.slice(0, eq); }
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option ${a}`);
    if (kind === 'bool') { flags[name] = true; continue; }
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`option --${name} needs a value`);
      value = argv[++i];
    }
    if (kind === 'number') {
      const n = parseNumber(value);
      if (n === undefined) throw new UsageError(`option --${name}: '${value}' is not a number`);
      flags[name] = n;
    } else if (kind === 'list') {
      const cur = (flags[name] as string[] | undefined) ?? [];
      cur.push(value);
      flags[name] = cur;
    } else flags[name] = value;
  }
  return { positional, flags };
}

/** Decimal, 0x hex, 0b binary, with optional _ separators. */
export function parseNumber(s: string): number | undefined {
  const t = s.replace(/_/g, '').trim();
  if (!/^(0x[0-9a-f]+|0b[01]+|[0-9]+)$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : undefined;
}
