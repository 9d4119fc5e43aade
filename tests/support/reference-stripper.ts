import { Parser } from 'htmlparser2';
import { isFrameworkHint, isFrameworkScript } from '@/lib/site/server/strip-framework.mjs';

/**
 * What server.mjs must send for `html`, found by htmlparser2's tokenizer, which follows the HTML
 * specification. The server reads HTML with a scanner of its own, for speed
 * (lib/site/server/strip-framework.mjs); the tests hold it to this: on the same input, the same
 * elements go and every other byte stays.
 */
export function byTheReferenceTokenizer(html: string): string {
  const removed: Array<[number, number]> = [];
  let scriptStart = -1;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && isFrameworkScript(attributes)) scriptStart = parser.startIndex;
        else if (name === 'link' && isFrameworkHint(attributes)) removed.push([parser.startIndex, parser.endIndex + 1]);
      },
      onclosetag(name, implied) {
        if (name !== 'script' || scriptStart === -1) return;
        // htmlparser2 reports the end of `</script >` at its name; the tag itself ends at its `>`.
        removed.push([scriptStart, implied ? html.length : html.indexOf('>', parser.startIndex) + 1]);
        scriptStart = -1;
      },
    },
    { decodeEntities: false, recognizeSelfClosing: false },
  );
  parser.end(html);
  if (scriptStart !== -1) removed.push([scriptStart, html.length]);
  let out = '';
  let from = 0;
  for (const [start, end] of removed) {
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}
