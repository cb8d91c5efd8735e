/**
 * A worker thread that owns one QuickJS sandbox and runs scripts sent to it one at a time. It exists
 * so that the parent can enforce a wall-clock limit by terminating the thread: QuickJS checks its
 * CPU deadline only between bytecodes, and one long builtin call can overrun it by minutes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createJsSandbox, type JsSandboxOptions } from './js-sandbox.js';

const port = parentPort;
if (!port) throw new Error('js-worker must run in a worker thread');
const sandbox = await createJsSandbox(workerData as JsSandboxOptions);
port.on('message', async (message: { id: number; code: string }) => {
  const result = await sandbox.run(message.code);
  port.postMessage({ id: message.id, result, idleMemoryBytes: sandbox.idleMemoryBytes() });
});
port.postMessage({ ready: true });
