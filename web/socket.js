// The chat WebSocket, reconnecting with jittered exponential backoff.

const RECONNECT_BASE_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * Creates the socket (not yet connected). `onEvent` gets each parsed `{ type, ... }` event, `onState` gets
 * 'connecting' | 'open' | 'reconnecting', and `onDrop` is called when an established socket closes.
 */
export function createSocket({ onEvent, onState, onDrop }) {
  let ws = null;
  let attempts = 0;
  let timer = null;
  /** Set by disconnect(): no more reconnecting (the page is logging out). */
  let stopped = false;

  const url = () =>
    `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/ws/chat`;

  function schedule() {
    if (timer !== null || stopped) return;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** attempts) * (0.5 + Math.random() / 2);
    attempts += 1;
    onState('reconnecting');
    timer = setTimeout(() => {
      timer = null;
      connect();
    }, delay);
  }

  function connect() {
    if (ws !== null || stopped) return;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    let socket;
    try {
      socket = new WebSocket(url());
    } catch {
      schedule();
      return;
    }
    ws = socket;
    onState('connecting');
    socket.addEventListener('open', () => {
      if (ws !== socket) return;
      attempts = 0;
      onState('open');
    });
    socket.addEventListener('message', (message) => {
      if (ws !== socket || typeof message.data !== 'string') return;
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      if (event && typeof event === 'object' && typeof event.type === 'string') onEvent(event);
    });
    // An 'error' event is always followed by 'close'; reconnecting is handled there.
    socket.addEventListener('close', () => {
      if (ws !== socket) return;
      ws = null;
      onDrop();
      schedule();
    });
  }

  return {
    connect,
    isOpen: () => ws !== null && ws.readyState === WebSocket.OPEN,
    send(event) {
      if (ws === null || ws.readyState !== WebSocket.OPEN) throw new Error('WebSocket is not open');
      ws.send(JSON.stringify(event));
    },
    /** Closes the socket for good (no reconnecting, no onDrop). */
    disconnect() {
      stopped = true;
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      const socket = ws;
      ws = null;
      socket?.close();
    },
    /** Skips the backoff wait (used when the browser comes back online or the tab becomes visible). */
    reconnectNow() {
      if (ws !== null) return;
      attempts = 0;
      connect();
    },
  };
}
