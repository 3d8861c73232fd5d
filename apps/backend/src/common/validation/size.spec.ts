import { ArgumentMetadata } from '@nestjs/common';
import { IsArray, registerDecorator, validateSync } from 'class-validator';
import { ProblemException } from '../problem';
import { MaxChars, MaxItems, UniqueItems } from './size';
import { createValidationPipe } from './validation-pipe';

/** An array whose element reads are counted, to tell a linear check from a pairwise one. */
function countingReads<T>(values: T[]): { array: T[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { array, reads: () => reads };
}

class WithIds {
  @IsArray()
  @UniqueItems()
  ids!: unknown[];
}

const uniquenessErrors = (ids: unknown) =>
  validateSync(Object.assign(new WithIds(), { ids })).map((error) => error.constraints);

describe('UniqueItems', () => {
  it('accepts distinct values and refuses a repeated one', () => {
    expect(uniquenessErrors(['a', 'b', 3])).toEqual([]);
    expect(uniquenessErrors(['a', 'b', 'a'])).toEqual([
      { arrayUnique: "All ids's elements must be unique" },
    ]);
  });

  it('reads each element once: linear, where a pairwise comparison reads them n² times', () => {
    const size = 20_000;
    const distinct = countingReads(Array.from({ length: size }, (_, index) => `id-${index}`));
    expect(uniquenessErrors(distinct.array)).toEqual([]);
    expect(distinct.reads()).toBeLessThanOrEqual(2 * size);

    const repeated = countingReads([...Array.from({ length: size - 1 }, (_, i) => i), 0]);
    expect(uniquenessErrors(repeated.array)).toHaveLength(1);
    expect(repeated.reads()).toBeLessThanOrEqual(2 * size);
  });

  it('leaves a value that is not an array to IsArray', () => {
    expect(uniquenessErrors('abc')).toEqual([{ isArray: 'ids must be an array' }]);
  });
});

let elementChecks = 0;

/** A per-element rule that counts how often it ran. */
function CountedEachRule(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'counted',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { each: true, message: '$property has a bad element' },
      validator: {
        validate: (value: unknown) => {
          elementChecks += 1;
          return typeof value === 'string';
        },
      },
    });
}

class Sized {
  @IsArray()
  @MaxItems(3)
  @UniqueItems()
  @CountedEachRule()
  items!: unknown[];

  @MaxChars(5)
  @CountedEachRule()
  name!: string;
}

const metadata: ArgumentMetadata = { type: 'body', metatype: Sized };

async function problemOf(body: unknown): Promise<ProblemException> {
  try {
    await createValidationPipe().transform(body, metadata);
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('the validation pipe checks sizes first', () => {
  beforeEach(() => {
    elementChecks = 0;
  });

  it('refuses an oversized array with only the size error, before any per-element rule ran', async () => {
    const problem = await problemOf({ items: Array(100_000).fill(1), name: 'ok' });
    expect(problem.extensions.errors).toEqual([
      { field: 'items', message: 'items must contain no more than 3 elements' },
    ]);
    expect(elementChecks).toBe(0);
  });

  it('refuses an oversized string with only the size error, and no other rule of the request ran', async () => {
    const problem = await problemOf({ items: [1, 1], name: 'x'.repeat(100_000) });
    expect(problem.extensions.errors).toEqual([
      { field: 'name', message: 'name must be shorter than or equal to 5 characters' },
    ]);
    expect(elementChecks).toBe(0);
  });

  it('runs every rule once the sizes are within bounds', async () => {
    const problem = await problemOf({ items: [1, 1], name: 'ok' });
    expect(problem.extensions.errors).toEqual(
      expect.arrayContaining([
        { field: 'items', message: "All items's elements must be unique" },
        { field: 'items', message: 'items has a bad element' },
      ]),
    );
    expect(elementChecks).toBeGreaterThan(0);
  });

  it('accepts a valid body', async () => {
    await expect(
      createValidationPipe().transform({ items: ['a', 'b'], name: 'ok' }, metadata),
    ).resolves.toBeInstanceOf(Sized);
  });
});
