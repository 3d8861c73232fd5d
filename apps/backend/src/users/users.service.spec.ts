import { DataSource } from 'typeorm';
import { AssociationsService } from '../associations/associations.service';
import { AppConfig } from '../config/app-config';
import { PasswordHasher } from '../auth/password-hasher';
import { RefreshSessionsService } from '../auth/refresh-sessions.service';
import { User } from './entities/user.entity';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

const ada = Object.assign(new User(), {
  id: '5f0c2f43-3d7e-4c57-9d56-2f4f7c0b9a11',
  email: 'ada@example.org',
  firstName: 'Ada',
  lastName: 'Lovelace',
  birthDate: null,
  locale: 'en',
  emailVerifiedAt: new Date('2026-01-02T03:04:05Z'),
  createdAt: new Date('2026-01-01T00:00:00Z'),
});

function usersRepositoryWith(user: User | null): UsersRepository {
  return { findVerifiedById: jest.fn().mockResolvedValue(user) } as unknown as UsersRepository;
}

function build(
  repository: UsersRepository,
  associations = {} as AssociationsService,
): UsersService {
  return new UsersService(
    repository,
    new PasswordHasher(AppConfig.fromEnvironment({})),
    {} as RefreshSessionsService,
    {} as DataSource,
    associations,
  );
}

describe('UsersService.profile', () => {
  it('lists the associations the user belongs to', async () => {
    const chess = {
      id: 'a1a1a1a1-0000-4000-8000-000000000001',
      name: 'Chess Club',
      role: 'admin' as const,
      title: 'President',
    };
    const associations = {
      membershipsOf: jest.fn().mockResolvedValue([chess]),
    } as unknown as AssociationsService;
    const sut = build(usersRepositoryWith(ada), associations);

    await expect(sut.profile(ada.id)).resolves.toEqual({
      id: ada.id,
      firstName: 'Ada',
      lastName: 'Lovelace',
      memberSince: '2026-01-01T00:00:00.000Z',
      associations: [chess],
    });
    expect(associations.membershipsOf).toHaveBeenCalledWith(ada.id);
  });

  it('answers 404 for a user who is not visible', async () => {
    await expect(build(usersRepositoryWith(null)).profile(ada.id)).rejects.toMatchObject({
      status: 404,
      slug: 'user-not-found',
    });
  });
});
