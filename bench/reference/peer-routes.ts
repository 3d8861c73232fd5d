/**
 * The original backend's equivalent of each Agora scenario, for `BENCH_PEER_URL` (e.g.
 * `http://127.0.0.1:3100/api`: its path is the peer's prefix). The peer serves the same data set (the
 * same ids), so a drawn Agora request is translated rather than drawn anew. A scenario absent
 * here has no equivalent there and is not run against the peer.
 */
export const PEER_ROUTES: Readonly<Record<string, (agora: URL) => string>> = {
  // The original has no pages: it answers the whole directory, which is what its users get.
  'associations-page': () => '/associations',
  members: (agora) => agora.pathname.replace(/^\/api/, ''),
};

/** The peer's path for an Agora path, under the peer URL's own path, or undefined when it has none. */
export function peerPath(scenario: string, agoraPath: string, peerUrl: string): string | undefined {
  const translate = PEER_ROUTES[scenario];
  if (!translate) return undefined;
  const prefix = new URL(peerUrl).pathname.replace(/\/$/, '');
  return `${prefix}${translate(new URL(agoraPath, 'http://agora'))}`;
}
