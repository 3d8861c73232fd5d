const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five characters that can open markup or leave an attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** HTML that is already safe to embed (built by `html`). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * Tagged template for mail HTML: every interpolated value is escaped unless it is SafeHtml, so
 * text that users typed (names, titles, locations) can never become markup.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, index) => {
    const parts = Array.isArray(value) ? value : [value];
    out += parts
      .map((part) => (part instanceof SafeHtml ? part.value : escapeHtml(String(part ?? ''))))
      .join('');
    out += strings[index + 1];
  });
  return new SafeHtml(out);
}

/** Keeps a header value on one line: user text in a subject can never start a new header. */
export function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}

/** A paragraph of plain user text in HTML: escaped, line breaks kept. */
export function paragraphs(text: string): SafeHtml {
  return new SafeHtml(
    text
      .split(/\r?\n\s*\r?\n/)
      .map((block) => `<p>${block.split(/\r?\n/).map((line) => escapeHtml(line)).join('<br>')}</p>`)
      .join(''),
  );
}

export function layout(title: string, body: SafeHtml, footer: string): string {
  return html`<!doctype html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f7;font-family:Helvetica,Arial,sans-serif;color:#1d1d1f">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
${body}
<p style="margin-top:32px;font-size:12px;color:#6e6e73">${footer}</p>
</div>
</body>
</html>`.value;
}

/**
 * A link as a button, then written out for clients that block buttons. The written-out link is
 * one long word: it may break anywhere, or it runs off the edge of a phone's screen.
 */
export function button(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0"><a href="${href}" style="background:#0b57d0;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${label}</a></p>
<p style="font-size:13px;color:#6e6e73;word-break:break-all;overflow-wrap:anywhere">${href}</p>`;
}
