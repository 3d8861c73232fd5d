import { PASSWORD_MAX_LENGTH, passwordPolicyViolation } from './password-policy';

describe('password policy', () => {
  it('accepts a long uncommon password', () => {
    expect(passwordPolicyViolation('violet kettle orbit 42')).toBeNull();
  });

  it('refuses fewer than 10 characters', () => {
    expect(passwordPolicyViolation('Xk9#mQ2!z')).toMatch(/at least 10/);
    expect(passwordPolicyViolation('Xk9#mQ2!zP')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordPolicyViolation('🔥'.repeat(9))).toMatch(/at least 10/);
    expect(passwordPolicyViolation('🔥'.repeat(PASSWORD_MAX_LENGTH))).toBeNull();
  });

  it('refuses more than 128 characters', () => {
    expect(passwordPolicyViolation('a1b2c3d4e5'.repeat(12) + 'abcdefghi')).toMatch(/at most 128/);
    expect(passwordPolicyViolation('a1b2c3d4e5'.repeat(12) + 'abcdefgh')).toBeNull();
  });

  it.each(['1234567890', 'qwertyuiop', 'password123', 'PASSWORD123', 'iloveyou12'])(
    'refuses the common password %s',
    (password) => {
      expect(passwordPolicyViolation(password)).toMatch(/most commonly used/);
    },
  );
});
