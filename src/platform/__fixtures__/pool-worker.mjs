// A worker for the pool's tests: echoes its input doubled, spins forever on "hang", allocates
// without end on "hog", and exits on "die".
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ index, input }) => {
  if (input === 'hang') for (;;);
  if (input === 'hog') {
    const hoard = [];
    for (;;) hoard.push(new Array(1_000_000).fill(index));
  }
  if (input === 'die') process.exit(3);
  setTimeout(() => parentPort.postMessage({ index, output: `${input}${input}` }), (index * 7) % 20);
});
parentPort.postMessage({ ready: true });
