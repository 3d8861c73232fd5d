import { createAssociation } from './associations-fixtures';
import { createSignedInUser, SignedInUser } from './support/fixtures';
import { expectProblem } from './support/problems';
import { TestApp } from './support/test-app';

type Person = { userId: string; firstName: string; lastName: string };
const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`;

/** Members who matter to the tests below, among 995 others whose names have no e. */
const NAMED = [
  { firstName: 'Inès', lastName: 'Lefèvre' },
  { firstName: 'Eva', lastName: 'Eastwood' },
  { firstName: 'Émile', lastName: 'Écuyer' },
  { firstName: 'Yves', lastName: 'Ezra' },
];

describe('lists at real sizes: a thousand members, searched without accents', () => {
  let sut: TestApp;
  let admin: SignedInUser;
  let associationId: string;
  const tag = Math.random().toString(36).slice(2, 8);

  beforeAll(async () => {
    sut = await TestApp.start();
    admin = await createSignedInUser(sut, { firstName: 'Ada', lastName: 'Admin' });
    associationId = (await createAssociation(sut, admin, { name: `Échecs junior ${tag}` })).id;
    // 999 people join in one statement: the lists are under test here, not the joining.
    await sut.dataSource.query(
      `WITH people (first_name, last_name) AS (
         SELECT 'Anon', 'Bulk ' || lpad(n::text, 4, '0') FROM generate_series(1, 995) n
         UNION ALL SELECT * FROM unnest($2::text[], $3::text[])
       ), joined AS (
         INSERT INTO users (email, password_hash, first_name, last_name, email_verified_at)
         SELECT 'bulk-' || gen_random_uuid() || '@example.org', 'not a hash', first_name, last_name, now()
           FROM people
         RETURNING id
       )
       INSERT INTO memberships (association_id, user_id, role) SELECT $1, id, 'member' FROM joined`,
      [
        associationId,
        NAMED.map((person) => person.firstName),
        NAMED.map((person) => person.lastName),
      ],
    );
  });
  afterAll(() => sut.close());

  const members = (query: string) =>
    sut.request('GET', `/api/associations/${associationId}/members?${query}`, {
      token: admin.accessToken,
    });

  it('pages through every member once, in a stable order', async () => {
    const seen: Person[] = [];
    for (let page = 1; page <= 10; page++) {
      const response = await members(`page=${page}&pageSize=100`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ total: 1000, page, pageSize: 100 });
      expect(response.body.items).toHaveLength(100);
      seen.push(...response.body.items);
    }
    expect(new Set(seen.map((member) => member.userId)).size).toBe(1000);
    expect((await members('page=11&pageSize=100')).body.items).toEqual([]);

    const again = await members('page=4&pageSize=100');
    expect(again.body.items).toEqual(seen.slice(300, 400));
  });

  it('sorts É among the E, by last name then first name', async () => {
    const everyone: Person[] = [];
    for (let page = 1; page <= 10; page++)
      everyone.push(...(await members(`page=${page}&pageSize=100`)).body.items);
    const names = everyone.map(fullName);
    const position = (name: string) => names.indexOf(name);
    expect(position('Eva Eastwood')).toBeLessThan(position('Émile Écuyer'));
    expect(position('Émile Écuyer')).toBeLessThan(position('Yves Ezra'));
    expect(position('Yves Ezra')).toBeLessThan(position('Inès Lefèvre'));
    expect(names.slice(0, 2)).toEqual(['Ada Admin', 'Anon Bulk 0001']);
  });

  it('finds members whatever the accents and case typed', async () => {
    for (const q of ['ines', 'INÈS', 'inès lef', 'lefevre']) {
      const response = await members(`q=${encodeURIComponent(q)}`);
      expect({ q, names: response.body.items.map(fullName) }).toEqual({
        q,
        names: ['Inès Lefèvre'],
      });
      expect(response.body.total).toBe(1);
    }
    // É and e are one letter to a search: every name with either, in the order of the list.
    const withE = await members(`q=${encodeURIComponent('É')}`);
    expect(withE.body.items.map(fullName)).toEqual([
      'Eva Eastwood',
      'Émile Écuyer',
      'Yves Ezra',
      'Inès Lefèvre',
    ]);
    expect((await members('q=%25')).body.total).toBe(0);
  });

  it('refuses a search longer than 100 characters with a problem', async () => {
    expectProblem(await members(`q=${'x'.repeat(101)}`), 400);
    expectProblem(await members('q=nul%00inside'), 400);
  });

  it('finds and sorts associations without regard to accents', async () => {
    for (const name of [`Zinc ${tag}`, `Ezra ${tag}`, `Ébène ${tag}`, `Eau ${tag}`])
      await createAssociation(sut, admin, { name });
    const sorted = await sut.request('GET', `/api/associations?q=${tag}`, {
      token: admin.accessToken,
    });
    expect(sorted.body.items.map((association: { name: string }) => association.name)).toEqual([
      `Eau ${tag}`,
      `Ébène ${tag}`,
      `Échecs junior ${tag}`,
      `Ezra ${tag}`,
      `Zinc ${tag}`,
    ]);
    const found = await sut.request(
      'GET',
      `/api/associations?q=${encodeURIComponent('echecs JUNIOR')}`,
      {
        token: admin.accessToken,
      },
    );
    expect(found.body.items).toEqual([
      expect.objectContaining({
        id: associationId,
        name: `Échecs junior ${tag}`,
        memberCount: 1000,
      }),
    ]);
  });

  it('finds people in the directory without accents and names the associations shared with them', async () => {
    const outsider = await createSignedInUser(sut);
    for (const [viewer, shared] of [
      [admin, [{ id: associationId, name: `Échecs junior ${tag}` }]],
      [outsider, []],
    ] as const) {
      const response = await sut.request('GET', '/api/users?q=ines%20lefevre', {
        token: viewer.accessToken,
      });
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({
          firstName: 'Inès',
          lastName: 'Lefèvre',
          sharedAssociations: shared,
        }),
      ]);
    }
    const directory = await sut.request('GET', '/api/users?q=e&pageSize=100', {
      token: admin.accessToken,
    });
    const names = directory.body.items.map(fullName);
    expect(names.indexOf('Émile Écuyer')).toBeLessThan(names.indexOf('Yves Ezra'));
  });
});
