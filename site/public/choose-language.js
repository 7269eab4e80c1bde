// `/`: the reader's remembered language, else the browser's first (src/pages/index.astro). A file,
// not an inline script, so the site's Content-Security-Policy can forbid inline code.
;(() => {
  let lang
  try {
    lang = localStorage.getItem('hzlib-lang')
  } catch {}
  if (lang !== 'zh' && lang !== 'en') {
    const first = (navigator.languages || [navigator.language || 'zh'])[0].toLowerCase()
    lang = first.startsWith('zh') ? 'zh' : first.startsWith('en') ? 'en' : 'zh'
  }
  location.replace('/' + lang + '/')
})()
