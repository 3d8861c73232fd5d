import { CalendarInputError } from './calendar-input-error';
import {
  contentLine,
  escapeText,
  foldLine,
  httpUri,
  mailtoUri,
  quotedParameter,
} from './content-line';
import { physicalLines } from './testing/read-calendar';

const unfold = (folded: string): string => folded.replace(/\r\n[ \t]/g, '');

/** A small deterministic generator so a failing case can be reproduced from its index. */
function* hostileStrings(count: number, maxLength: number): Generator<string> {
  const alphabet = [
    'a',
    'Z',
    ' ',
    '\t',
    '\r',
    '\n',
    '\r\n',
    ';',
    ',',
    '\\',
    ':',
    '"',
    "'",
    '=',
    'é',
    'ß',
    '€',
    '😀',
    '👩‍👩‍👧',
    '\u0000',
    '\u0085',
    '\u2028',
  ];
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  for (let index = 0; index < count; index += 1) {
    const length = next() % maxLength;
    yield Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
  }
}

describe('foldLine', () => {
  it('keeps a line of 75 octets whole and folds the 76th octet onto a continuation line', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters: 100 × "é" folds into lines of at most 75 octets', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const lines = physicalLines(`${folded}\r\n`);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((physical) => Buffer.byteLength(physical) <= 75)).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a four-octet emoji across lines', () => {
    const line = `LOCATION:${'😀'.repeat(60)}`;
    const folded = foldLine(line);
    expect(() => physicalLines(`${folded}\r\n`)).not.toThrow();
    expect(unfold(folded)).toBe(line);
  });

  it('folds any generated text within 75 octets per line and unfolds to the original', () => {
    for (const text of hostileStrings(500, 400)) {
      const line = `DESCRIPTION:${escapeText(text)}`;
      const folded = foldLine(line);
      expect(() => physicalLines(`${folded}\r\n`)).not.toThrow();
      expect(unfold(folded)).toBe(line);
    }
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes every kind of newline as \\n', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('leaves colons, quotes and non-ASCII text as they are', () => {
    expect(escapeText('Salle "Étoile": 2e étage 😀')).toBe('Salle "Étoile": 2e étage 😀');
  });

  it('drops control characters that a TEXT value cannot hold, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\u007fd\u0085e\tf')).toBe('abcde\tf');
  });

  it('never leaves a CR, LF or unescaped separator in generated text', () => {
    for (const text of hostileStrings(500, 200)) {
      const escaped = escapeText(text);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(escaped).not.toMatch(/[\r\n\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
      expect(escaped.replace(/\\[\\;,n]/g, '')).not.toMatch(/[\\;,]/);
    }
  });
});

describe('quotedParameter', () => {
  it('quotes the value and removes double quotes, turning CR/LF and controls into single spaces', () => {
    expect(quotedParameter('Ada "The Countess"\r\nLovelace;ROLE=CHAIR:x')).toBe(
      '"Ada The Countess Lovelace;ROLE=CHAIR:x"',
    );
  });

  it('gives nothing for a value with nothing printable', () => {
    expect(quotedParameter('"\r\n\t"')).toBeUndefined();
  });
});

describe('mailtoUri', () => {
  it('accepts ordinary addresses', () => {
    expect(mailtoUri('ada.lovelace+agora@example.org')).toBe(
      'mailto:ada.lovelace+agora@example.org',
    );
    expect(mailtoUri("o'brien@sub.example.co.uk")).toBe("mailto:o'brien@sub.example.co.uk");
  });

  it.each([
    'ada@example.org\r\nATTENDEE:mailto:evil@x.org',
    'ada@example.org\n',
    'ada:evil@example.org',
    'ada;RSVP=TRUE@example.org',
    'ada@example.org;CN=x',
    '"ada"@example.org',
    'Ada <ada@example.org>',
    'ada@example.org?cc=evil@x.org',
    'ada%0d@example.org',
    'ada@localhost',
    'ada@@example.org',
    '.ada@example.org',
    '',
  ])('refuses %j', (email) => {
    expect(() => mailtoUri(email)).toThrow(CalendarInputError);
  });
});

describe('httpUri', () => {
  it('accepts http(s) URLs', () => {
    expect(httpUri('https://agora.example.org/events/1?x=a%20b')).toBe(
      'https://agora.example.org/events/1?x=a%20b',
    );
    expect(httpUri('HTTP://Agora.Example.org')).toBe('http://agora.example.org/');
  });

  it.each([
    'javascript:alert(1)',
    'https://x.org/\r\nATTENDEE:mailto:e@x.org',
    'https://x.org/a b',
    'not a url',
  ])('refuses %j', (url) => {
    expect(() => httpUri(url)).toThrow(CalendarInputError);
  });
});

describe('contentLine', () => {
  it('writes parameters before the value and leaves out parameters without a value', () => {
    expect(
      contentLine('ORGANIZER', 'mailto:a@example.org', [
        ['CN', '"A"'],
        ['SENT-BY', undefined],
      ]),
    ).toBe('ORGANIZER;CN="A":mailto:a@example.org');
  });
});
