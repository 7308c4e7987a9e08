import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Cuts off clients that take too long to send their headers (slowloris) or their whole request.
 * Node's own headersTimeout did not close dribbling sockets reliably in our tests, so each socket
 * gets an explicit deadline: `headersMs` to finish the headers, then `requestMs` for the request,
 * then `headersMs` again for the next request on a kept-alive connection.
 */
export function guardSlowClients(server: Server, headersMs: number, requestMs: number): void {
  const deadlines = new WeakMap<Socket, NodeJS.Timeout>();
  const arm = (socket: Socket, ms: number) => {
    clearTimeout(deadlines.get(socket));
    deadlines.set(socket, setTimeout(() => socket.destroy(), ms).unref());
  };
  server.on('connection', (socket: Socket) => {
    arm(socket, headersMs);
    socket.on('close', () => clearTimeout(deadlines.get(socket)));
  });
  server.on('request', (req, res) => {
    arm(req.socket, requestMs);
    res.on('finish', () => arm(req.socket, headersMs));
  });
}
