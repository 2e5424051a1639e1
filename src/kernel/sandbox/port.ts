/**
 * The worker's side of the sandbox's channel: the first message, from the sandbox frame, carries
 * the port to the page; after that the worker listens only there, so nothing a cell posts to
 * itself (or to the frame) reaches the page. `post` is kept from before any reader code runs (a
 * cell may replace `MessagePort.prototype.postMessage`).
 */
export function pagePort(
  receive: (data: unknown) => void,
): (message: unknown, transfer?: Transferable[]) => void {
  let port: MessagePort | undefined;
  const send = MessagePort.prototype.postMessage;
  const first = (event: MessageEvent) => {
    const given = (event.data as { port?: unknown } | null)?.port;
    if (port || !(given instanceof MessagePort)) return;
    removeEventListener("message", first);
    port = given;
    port.addEventListener("message", (e) => receive(e.data));
    port.start();
  };
  addEventListener("message", first);
  return (message, transfer = []) => {
    if (port) send.call(port, message, { transfer });
  };
}
