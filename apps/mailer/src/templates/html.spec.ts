import { escapeHtml, html, oneLine, paragraphs, SafeHtml } from './html';

describe('mail HTML', () => {
  it('escapes every interpolated value', () => {
    const title = `"><img src=x onerror=alert(1)> & 'quotes'`;
    expect(html`<a title="${title}">${title}</a>`.value).toBe(
      '<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quotes&#39;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quotes&#39;</a>',
    );
  });

  it('embeds SafeHtml and lists of it as they are', () => {
    const items = ['<b>', 'ok'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${new SafeHtml('<hr>')}`.value).toBe('<ul><li>&lt;b&gt;</li><li>ok</li></ul><hr>');
  });

  it('keeps a subject on one line', () => {
    expect(oneLine('Party\r\nBcc: everyone@example.org')).toBe('Party Bcc: everyone@example.org');
  });

  it('turns typed text into escaped paragraphs', () => {
    expect(paragraphs('a <b>\nline\n\nnext').value).toBe('<p>a &lt;b&gt;<br>line</p><p>next</p>');
    expect(escapeHtml('&')).toBe('&amp;');
  });
});
