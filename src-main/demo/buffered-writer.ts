import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

// Big enough that a million lines make a few thousand writes, small enough to stay in cache.
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes text to a file in chunks and waits for the stream to drain whenever its buffer is full,
 * so a file of millions of lines never piles up in memory.
 */
export class BufferedWriter {
  private readonly stream: WriteStream;
  private pending: string[] = [];
  private pendingChars = 0;
  private failure: Error | null = null;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    // Kept for the next write to throw: an 'error' event nobody listens to would end the process.
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  /** Queues text; resolves once it is buffered or the stream has drained. */
  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CHUNK_CHARS) await this.flush();
  }

  /** Copies a whole file into this one, chunk by chunk. */
  async copyFrom(path: string): Promise<void> {
    await this.flush();
    for await (const chunk of createReadStream(path)) await this.push(chunk as Buffer);
  }

  /** Writes what is left and waits until the file is complete on disk. */
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    await this.push(chunk);
  }

  private async push(chunk: string | Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
