/** A POST made by renderer/api/postWorker.ts for the HTTP transport, and its answer. */
export interface PostRequest {
  id: number;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** `unreachable`: the request never got an answer (the server is down, the network failed). */
export type PostReply = { id: number; status: number; text: string } | { id: number; unreachable: true };

/** What the transport reads of an answer, wherever the request was made. */
export interface PostAnswer {
  status: number;
  text: string;
}
