/** A page as Next.js renders it, shortened: the framework's scripts and hints, an island, data blocks. For tests. */
export const page = [
  '<!DOCTYPE html><html lang="da"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<link rel="canonical" href="https://example.org/"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/d.js" noModule=""></script>',
  '<link rel="preload" as="script" href="/islands/quick-exit.js"/>',
  '</head><body><main><div data-island="quick-exit"><a href="https://www.dr.dk/">Forlad siden</a>',
  '<script type="module" src="/islands/quick-exit.js"></script></div><h1>Infohuse</h1><p>Tekst med <code>&lt;script&gt;</code> som tekst.</p></main>',
  '<script type="application/ld+json">{"@type":"Organization"}</script>',
  '<script id="_R_">self.__next_r="x"</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');
