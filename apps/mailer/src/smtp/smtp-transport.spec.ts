import { isPermanentRecipientError } from './smtp-transport';

describe('isPermanentRecipientError', () => {
  it('treats a 5xx refusal of the recipient as final', () => {
    expect(isPermanentRecipientError(Object.assign(new Error('550 no such user'), { code: 'EENVELOPE', responseCode: 550 }))).toBe(true);
  });

  it('retries everything else', () => {
    expect(isPermanentRecipientError(Object.assign(new Error('451 try later'), { code: 'EENVELOPE', responseCode: 451 }))).toBe(false);
    expect(isPermanentRecipientError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toBe(false);
    expect(isPermanentRecipientError(Object.assign(new Error('535 auth failed'), { code: 'EAUTH', responseCode: 535 }))).toBe(false);
    expect(isPermanentRecipientError(undefined)).toBe(false);
  });
});
