// Appending without spread arguments: `a.push(...b)` and `f(...b)` pass every element on the JS stack and
// throw RangeError for large arrays (a 1 MiB string literal, a million diagnostics).

export function pushAll<T>(dst: T[], src: ArrayLike<T>): T[] {
  for (let i = 0; i < src.length; i++) dst.push(src[i]);
  return dst;
}

/** String of byte values as Latin-1 characters, in chunks small enough for String.fromCharCode's argument list. */
export function bytesToLatin1(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes, i, i + 8192) as number[]);
  return s;
}
