import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { HASH_OPTIONS } from '../../src/auth/password-hasher';
import { User } from '../../src/users/entities/user.entity';
import { TestApp } from './test-app';

export const FIXTURE_PASSWORD = 'correct horse battery staple';
let fixtureHash: Promise<string> | undefined;

export interface SignedInUser {
  user: User;
  accessToken: string;
}

/** A user row straight in the database, verified unless told otherwise. */
export async function createUser(testApp: TestApp, overrides: Partial<User> = {}): Promise<User> {
  fixtureHash ??= argon2.hash(FIXTURE_PASSWORD, HASH_OPTIONS);
  const suffix = randomUUID().slice(0, 8);
  const repository = testApp.dataSource.getRepository(User);
  return repository.save(
    repository.create({
      email: `user-${suffix}@example.org`,
      passwordHash: await fixtureHash,
      firstName: 'Test',
      lastName: `User ${suffix}`,
      birthDate: null,
      locale: 'en',
      emailVerifiedAt: new Date(),
      ...overrides,
    }),
  );
}

/** An access token for an existing user, without going through the login route. */
export function accessTokenFor(testApp: TestApp, user: Pick<User, 'id'>): Promise<string> {
  return testApp.get(JwtService).signAsync({ sub: user.id });
}

/** A verified user and an access token for them, without going through the login route. */
export async function createSignedInUser(testApp: TestApp, overrides: Partial<User> = {}): Promise<SignedInUser> {
  const user = await createUser(testApp, overrides);
  return { user, accessToken: await accessTokenFor(testApp, user) };
}
