import type { BodyParts } from './body-parts';
import { protocolError } from './http1-errors';

// Where the decoder stands in RFC 9112 §7.1's chunked-body, kept across socket chunks.
const SIZE = 0;
const EXTENSION = 1;
const SIZE_LF = 2;
const DATA = 3;
const DATA_CR = 4;
const DATA_LF = 5;
const TRAILER_START = 6;
const TRAILER_LINE = 7;
const TRAILER_LF = 8;
const LAST_LF = 9;
const DONE = 10;

const CR = 0x0d;
const LF = 0x0a;
/** A chunk-size line with its extensions; nobody sends more. */
const MAX_SIZE_LINE_BYTES = 4096;
/** Trailer lines, as much as a head may be. */
const MAX_TRAILER_BYTES = 64 * 1024;

/**
 * Decodes a chunked body incrementally: each socket chunk is read once, chunk data goes to the body
 * as slices of it, and a malformed chunk size or line end is refused rather than guessed at.
 */
export class ChunkedDecoder {
  private state = SIZE;
  /** The chunk size being read, then the bytes of chunk data still to come. */
  private size = 0;
  private digits = 0;
  private lineBytes = 0;
  private trailerBytes = 0;

  get done(): boolean {
    return this.state === DONE;
  }

  reset(): void {
    this.state = SIZE;
    this.size = 0;
    this.digits = 0;
    this.lineBytes = 0;
    this.trailerBytes = 0;
  }

  /** Decodes `chunk` from `at` into `body`; returns where it stopped: the chunk's end, or the body's end once done. */
  decode(chunk: Buffer, at: number, body: BodyParts): number {
    let i = at;
    while (i < chunk.length && this.state !== DONE) {
      if (this.state === DATA) {
        const take = Math.min(this.size, chunk.length - i);
        body.add(chunk.subarray(i, i + take));
        i += take;
        this.size -= take;
        if (this.size === 0) this.state = DATA_CR;
      } else {
        this.step(chunk[i], body);
        i += 1;
      }
    }
    return i;
  }

  private step(byte: number, body: BodyParts): void {
    switch (this.state) {
      case SIZE:
        return this.sizeByte(byte);
      case EXTENSION:
        if (byte === CR) this.state = SIZE_LF;
        else if (!isFieldByte(byte) || ++this.lineBytes > MAX_SIZE_LINE_BYTES) throw invalidSize('malformed chunk extension');
        return;
      case SIZE_LF:
        if (byte !== LF) throw protocolError('HPE_LF_EXPECTED', 'expected LF after the chunk size');
        if (this.size === 0) {
          this.state = TRAILER_START;
          return;
        }
        // Refused before its data arrives when the chunk would take the body past its limit.
        body.expect(this.size);
        this.state = DATA;
        return;
      case DATA_CR:
        if (byte !== CR) throw protocolError('HPE_CR_EXPECTED', 'expected CRLF after chunk data');
        this.state = DATA_LF;
        return;
      case DATA_LF:
        if (byte !== LF) throw protocolError('HPE_LF_EXPECTED', 'expected CRLF after chunk data');
        this.state = SIZE;
        this.digits = 0;
        this.lineBytes = 0;
        return;
      case TRAILER_START:
        if (byte === CR) this.state = LAST_LF;
        else if (isTokenByte(byte)) this.trailerByte(TRAILER_LINE);
        else throw protocolError('HPE_INVALID_HEADER_TOKEN', 'malformed trailer line');
        return;
      case TRAILER_LINE:
        if (byte === CR) this.state = TRAILER_LF;
        else if (isFieldByte(byte)) this.trailerByte(TRAILER_LINE);
        else throw protocolError('HPE_INVALID_HEADER_TOKEN', 'malformed trailer line');
        return;
      case TRAILER_LF:
        if (byte !== LF) throw protocolError('HPE_LF_EXPECTED', 'expected LF after a trailer line');
        this.trailerByte(TRAILER_START);
        return;
      case LAST_LF:
        if (byte !== LF) throw protocolError('HPE_LF_EXPECTED', 'expected LF at the end of the chunked body');
        this.state = DONE;
        return;
    }
  }

  private sizeByte(byte: number): void {
    const digit = hexValue(byte);
    if (digit >= 0) {
      this.size = this.size * 16 + digit;
      this.digits += 1;
      if (this.size > Number.MAX_SAFE_INTEGER || this.digits > MAX_SIZE_LINE_BYTES) throw invalidSize('chunk size overflow');
      return;
    }
    if (this.digits === 0) throw invalidSize(byte === CR ? 'empty chunk size' : 'chunk size is not hexadecimal');
    if (byte === CR) this.state = SIZE_LF;
    // BWS and ";" start the chunk extensions, which are skipped.
    else if (byte === 0x3b || byte === 0x20 || byte === 0x09) this.state = EXTENSION;
    else throw invalidSize('chunk size is not hexadecimal');
  }

  private trailerByte(next: number): void {
    if (++this.trailerBytes > MAX_TRAILER_BYTES)
      throw protocolError('HPE_HEADER_OVERFLOW', `trailer lines exceed ${MAX_TRAILER_BYTES} bytes`);
    this.state = next;
  }
}

function invalidSize(message: string): Error {
  return protocolError('HPE_INVALID_CHUNK_SIZE', message);
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** HTAB, visible ASCII, space and obs-text: what a field value (or a chunk extension) may hold. */
function isFieldByte(byte: number): boolean {
  return byte === 0x09 || (byte >= 0x20 && byte !== 0x7f);
}

function isTokenByte(byte: number): boolean {
  return byte > 0x20 && byte < 0x7f && !'"(),/:;<=>?@[\\]{}'.includes(String.fromCharCode(byte));
}
