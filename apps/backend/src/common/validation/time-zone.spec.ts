import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsTimeZone } from './time-zone';

class WithZone {
  @IsTimeZone()
  timeZone!: string;
}

const parse = (timeZone: unknown) => {
  const value = plainToInstance(WithZone, { timeZone });
  return { value: value.timeZone, errors: validateSync(value) };
};

describe('IsTimeZone', () => {
  it.each([
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['europe/kyiv', 'Europe/Kyiv'],
    ['America/Nuuk', 'America/Nuuk'],
    ['europe/paris', 'Europe/Paris'],
  ])('keeps the zone the user chose: %s → %s', (input, stored) => {
    expect(parse(input)).toEqual({ value: stored, errors: [] });
  });

  it.each(['Mars/Olympus', '', 42])('refuses %j', (input) => {
    expect(parse(input).errors.map((error) => error.constraints)).toEqual([
      { isTimeZone: 'timeZone must be an IANA time zone such as Europe/Paris' },
    ]);
  });
});
