import { check, sleep } from 'k6';
import exec from 'k6/execution';
import {
  authedGet,
  expectPage,
  pick,
  randomInt,
  sessionForVu,
  signInSeededUsers,
  type AssociationSummary,
  type Session,
} from './api.ts';
import { createAssociation, scheduleEvent, signUpThroughMail, uniqueSuffix } from './accounts.ts';
import { SIGNED_IN_USERS } from './config.ts';

const PAGE_SIZE = 20;
const SAMPLED_PAGES = 5;

/** What `setup()` hands every VU of a browsing scenario. */
export interface BrowsingData {
  sessions: Session[];
  pageCount: number;
  associationIds: string[];
  searchTerms: string[];
}

/**
 * What people type to find one association: the last word of a real name ("Chess club 4711" →
 * "4711"), or its first three letters when that word is short. A term every name shares would
 * measure a pathological search, not a typical one.
 */
function termsFrom(names: string[]): string[] {
  const terms = new Set<string>();
  for (const name of names) {
    const words = name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    const last = words[words.length - 1] ?? '';
    const term = last.length >= 3 ? last : (words[0] ?? '').slice(0, 3);
    if (term.length >= 3) terms.add(term);
  }
  return [...terms].slice(0, 50);
}

/**
 * Signs in without bench data: one account made through the mail catcher, with an association
 * and an event of its own, so that every route has something to answer.
 */
function signUpWithContent(): Session[] {
  const suffix = `browse-${uniqueSuffix()}`;
  const session = signUpThroughMail(suffix);
  scheduleEvent(session, createAssociation(session, suffix));
  return [session];
}

/** Logs in a few seeded accounts (or signs one up) and samples associations to browse. */
export function prepareBrowsing(): BrowsingData {
  const seeded = signInSeededUsers(SIGNED_IN_USERS);
  const sessions = seeded.length > 0 ? seeded : signUpWithContent();
  const first = expectPage<AssociationSummary>(
    authedGet(`/api/associations?page=1&pageSize=${PAGE_SIZE}`, sessions[0], 'GET /api/associations'),
    'setup: first page of associations',
  );
  const pageCount = Math.max(1, Math.ceil((first?.total ?? 0) / PAGE_SIZE));
  const sampled: AssociationSummary[] = [...(first?.items ?? [])];
  for (let i = 0; i < SAMPLED_PAGES; i += 1) {
    const page = expectPage<AssociationSummary>(
      authedGet(`/api/associations?page=${randomInt(1, pageCount)}&pageSize=${PAGE_SIZE}`, sessions[0], 'GET /api/associations'),
      'setup: a random page of associations',
    );
    sampled.push(...(page?.items ?? []));
  }
  const associationIds = sampled.map((association) => association.id);
  const searchTerms = termsFrom(sampled.map((association) => association.name));
  return { sessions, pageCount, associationIds, searchTerms: searchTerms.length ? searchTerms : ['club'] };
}

type Action = (data: BrowsingData, session: Session) => void;

const listPage: Action = (data, session) => {
  const page = randomInt(1, Math.min(data.pageCount, 500));
  expectPage(authedGet(`/api/associations?page=${page}&pageSize=${PAGE_SIZE}`, session, 'GET /api/associations'), 'associations page');
};

const searchAssociations: Action = (data, session) => {
  const q = encodeURIComponent(pick(data.searchTerms));
  expectPage(authedGet(`/api/associations?q=${q}&pageSize=${PAGE_SIZE}`, session, 'GET /api/associations?q'), 'associations search');
};

const memberList: Action = (data, session) => {
  if (data.associationIds.length === 0) return;
  const id = pick(data.associationIds);
  expectPage(authedGet(`/api/associations/${id}/members?pageSize=${PAGE_SIZE}`, session, 'GET /api/associations/:id/members'), 'member list');
};

const associationDetail: Action = (data, session) => {
  if (data.associationIds.length === 0) return;
  const response = authedGet(`/api/associations/${pick(data.associationIds)}`, session, 'GET /api/associations/:id');
  check(response, { 'association detail: 200': (r) => r.status === 200 });
};

const myEvents: Action = (_data, session) => {
  expectPage(authedGet(`/api/me/events?pageSize=${PAGE_SIZE}`, session, 'GET /api/me/events'), 'my events');
};

const userDirectory: Action = (data, session) => {
  const q = encodeURIComponent(pick(data.searchTerms));
  expectPage(authedGet(`/api/users?q=${q}&pageSize=${PAGE_SIZE}`, session, 'GET /api/users?q'), 'user directory');
};

/** What people do most: page and search the directory, open member lists, look at their events. */
const weightedActions: Array<[number, Action]> = [
  [30, listPage],
  [20, searchAssociations],
  [20, memberList],
  [15, myEvents],
  [10, userDirectory],
  [5, associationDetail],
];
const totalWeight = weightedActions.reduce((sum, [weight]) => sum + weight, 0);

/** One browsing step, picked by weight; `thinkSeconds` is the pause a person takes after it. */
export function browseOnce(data: BrowsingData, thinkSeconds: number): void {
  const session = sessionForVu(data.sessions, exec.vu.idInTest);
  let roll = Math.random() * totalWeight;
  for (const [weight, action] of weightedActions) {
    roll -= weight;
    if (roll < 0) {
      action(data, session);
      break;
    }
  }
  if (thinkSeconds > 0) sleep(thinkSeconds * (0.5 + Math.random()));
}

/** Every read route once, in order: what the smoke scenario walks through. */
export function visitEveryRoute(data: BrowsingData): void {
  const session = sessionForVu(data.sessions, exec.vu.idInTest);
  for (const [, action] of weightedActions) action(data, session);
}
