// Base-protocol framing for `vmxdbg dap` on stdio, resynchronising after broken input.
// DAP messages are `Content-Length: <n>\r\n\r\n<n bytes of JSON>`. @vscode/debugadapter's parser keeps a
// header without a valid length as pending text, so the next well-formed message is swallowed with it.
// This transform passes only well-formed frames on: a header block without a usable Content-Length is
// dropped up to the last `Content-Length:` inside it, and a body that is not JSON but embeds a header (its
// length was too long) is re-read from that header. Each problem is reported through `onMalformed`.
import { Transform, TransformCallback } from 'node:stream';

const SEP = Buffer.from('\r\n\r\n');
const HEADER = Buffer.from('Content-Length:');
/** Largest body accepted; larger lengths are treated as corrupt headers. */
export const MAX_BODY = 64 * 1024 * 1024;
/** Bytes kept while looking for the end of a header block. */
const MAX_HEADER = 64 * 1024;

export class DapFraming extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  private length = -1;

  constructor(private readonly onMalformed: (what: string) => void) { super(); }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    this.drain();
    done();
  }

  private drain(): void {
    for (;;) {
      if (this.length < 0) {
        const end = this.buf.indexOf(SEP);
        if (end < 0) {
          if (this.buf.length > MAX_HEADER) {
            const at = this.buf.lastIndexOf(HEADER);
            this.malformed(`${at > 0 ? at : this.buf.length} bytes without a message header`);
            this.buf = at > 0 ? this.buf.subarray(at) : Buffer.alloc(0);
          }
          return;
        }
        const block = this.buf.subarray(0, end);
        const at = block.lastIndexOf(HEADER);
        if (at > 0) this.malformed(`${at} bytes of garbage before a header`);
        const m = at < 0 ? null : /^Content-Length: *(\d+) *(\r\n|$)/.exec(block.subarray(at).toString('latin1'));
        const n = m ? Number(m[1]) : NaN;
        this.buf = this.buf.subarray(end + SEP.length);
        if (!(n >= 0 && n <= MAX_BODY)) {
          this.malformed(m ? `Content-Length ${m[1]} is over the limit of ${MAX_BODY}` : `header without a valid Content-Length: ${JSON.stringify(block.subarray(0, 200).toString('latin1'))}`);
          continue;
        }
        this.length = n;
      }
      if (this.buf.length < this.length) return;
      const body = this.buf.subarray(0, this.length);
      const rest = this.buf.subarray(this.length);
      this.length = -1;
      const embedded = body.indexOf(HEADER);
      if (embedded >= 0 && !isJson(body)) {
        // the length covered following messages: read on from the first embedded header
        this.malformed(`message of ${body.length} bytes is not JSON and contains another header (wrong Content-Length?)`);
        this.buf = Buffer.concat([body.subarray(embedded), rest]);
        continue;
      }
      this.buf = rest;
      this.push(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    }
  }

  private malformed(what: string): void {
    try { this.onMalformed(what); } catch { /* reporting must not break the stream */ }
  }
}

function isJson(b: Buffer): boolean {
  try { JSON.parse(b.toString('utf8')); return true; } catch { return false; }
}
