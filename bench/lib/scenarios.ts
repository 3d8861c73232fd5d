import { BenchFixtures, PAGE_SIZE, Viewer } from './fixtures';
import { peerPath } from '../reference/peer-routes';
import { LoadRequest } from './load';

/** A read request, independent of who serves it: the backend (JWT) or the reference (a header). */
interface ReadRequest {
  path: string;
  viewer: Viewer;
}

export interface ReadScenario {
  name: string;
  route: string;
  /** Draws the next request; called for every request so that the load spreads over the data. */
  draw: () => ReadRequest;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const randomPage = (pageCount: number) => 1 + Math.floor(Math.random() * pageCount);

export function readScenarios(fixtures: BenchFixtures): ReadScenario[] {
  const viewer = () => pick(fixtures.viewers);
  const term = (terms: string[]) => encodeURIComponent(terms.length ? pick(terms) : 'a');
  return [
    {
      name: 'associations-page',
      route: 'GET /api/associations?page=',
      draw: () => ({
        path: `/api/associations?page=${randomPage(fixtures.associationPageCount)}&pageSize=${PAGE_SIZE}`,
        viewer: viewer(),
      }),
    },
    {
      name: 'associations-search',
      route: 'GET /api/associations?q=',
      draw: () => ({ path: `/api/associations?q=${term(fixtures.associationTerms)}&pageSize=${PAGE_SIZE}`, viewer: viewer() }),
    },
    {
      name: 'members',
      route: 'GET /api/associations/:id/members',
      draw: () => ({ path: `/api/associations/${pick(fixtures.associationIds)}/members?pageSize=${PAGE_SIZE}`, viewer: viewer() }),
    },
    {
      name: 'my-events',
      route: 'GET /api/me/events',
      draw: () => ({ path: `/api/me/events?pageSize=${PAGE_SIZE}`, viewer: viewer() }),
    },
    {
      name: 'users-search',
      route: 'GET /api/users?q=',
      draw: () => ({ path: `/api/users?q=${term(fixtures.userTerms)}&pageSize=${PAGE_SIZE}`, viewer: viewer() }),
    },
  ];
}

/**
 * A browsing session's mix: mostly the directory and member lists, then my events, people and an
 * association's page. The weights are those of the k6 browse scenario (load-testing/lib/browsing.ts).
 */
export function mixedScenario(fixtures: BenchFixtures): ReadScenario {
  const [page, search, members, myEvents, users] = readScenarios(fixtures);
  const detail: ReadScenario = {
    name: 'association-detail',
    route: 'GET /api/associations/:id',
    draw: () => ({ path: `/api/associations/${pick(fixtures.associationIds)}`, viewer: pick(fixtures.viewers) }),
  };
  const weighted: Array<[number, ReadScenario]> = [
    [30, page],
    [20, search],
    [20, members],
    [15, myEvents],
    [10, users],
    [5, detail],
  ];
  const total = weighted.reduce((sum, [weight]) => sum + weight, 0);
  return {
    name: 'mixed-browse',
    route: 'weighted mix of the reads above + GET /api/associations/:id',
    draw: () => {
      let roll = Math.random() * total;
      for (const [weight, scenario] of weighted) {
        roll -= weight;
        if (roll < 0) return scenario.draw();
      }
      return weighted[0][1].draw();
    },
  };
}

/** The same draw, addressed to the backend: the viewer's access token. */
export function appRequest(scenario: ReadScenario): LoadRequest {
  return {
    next: () => {
      const { path, viewer } = scenario.draw();
      return { path, headers: { authorization: `Bearer ${viewer.accessToken}` } };
    },
  };
}

/** The same draw, addressed to the raw reference behind the bench nginx under `prefix`. */
export function rawRequest(scenario: ReadScenario, prefix: string): LoadRequest {
  return {
    next: () => {
      const { path, viewer } = scenario.draw();
      return { path: `${prefix}${path}`, headers: { 'x-bench-user-id': viewer.userId } };
    },
  };
}

/**
 * The same draw, addressed to the original backend at `peerUrl`, or undefined when it has no such
 * route. Its accounts are its own: one token (`BENCH_PEER_TOKEN`) serves every request.
 */
export function peerRequest(scenario: ReadScenario, peerUrl: string, token?: string): LoadRequest | undefined {
  if (peerPath(scenario.name, '/', peerUrl) === undefined) return undefined;
  return {
    next: () => ({
      path: peerPath(scenario.name, scenario.draw().path, peerUrl)!,
      headers: token ? { authorization: `Bearer ${token}` } : undefined,
    }),
  };
}

/** Log in with a different bench account each time (the per-account limit is not what is measured). */
export function loginRequest(emails: string[], password: string): LoadRequest {
  let index = 0;
  return {
    method: 'POST',
    next: () => {
      const email = emails[index % emails.length];
      index += 1;
      return { path: '/api/auth/login', body: JSON.stringify({ email, password }) };
    },
  };
}
