// Sends the HTTP transport's large requests (a long story's save) off the renderer's main thread:
// handing a body of a few hundred kilobytes to fetch() costs that thread several milliseconds,
// which a keystroke typed meanwhile would wait for.
import type { PostReply, PostRequest } from './postProtocol';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<PostRequest>) => void): void;
  postMessage(message: PostReply, transfer: Transferable[]): void;
};

scope.addEventListener('message', (event) => {
  const { id, url, headers, body } = event.data;
  fetch(url, { method: 'POST', headers, body })
    .then(async (response) => scope.postMessage({ id, status: response.status, text: await response.text() }, []))
    .catch(() => scope.postMessage({ id, unreachable: true }, []));
});
