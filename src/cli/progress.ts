// A progress bar on stderr for long work over many files; silent when stderr is not a terminal.

export class Progress {
  private done = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = Boolean(stream.isTTY) && total > 1;
  }

  tick(label: string): void {
    this.done++;
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    const name = label.length > 40 ? '…' + label.slice(-39) : label;
    this.stream.write(
      `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${this.done}/${this.total} ${name}\x1b[K`,
    );
    if (this.done === this.total) this.stream.write('\n');
  }
}
