import { prerenderedBody } from '../app/prerendered-page.tsx'

/**
 * The body of index.html as the build writes it, before any script has run, put into this page: parsed as the
 * browser parses index.html (inert: nothing in it runs), then moved in. Returns its #root.
 */
export function mountPrerenderedPage(): HTMLElement {
  const built = new DOMParser().parseFromString(`<body>${prerenderedBody()}</body>`, 'text/html')
  document.body.append(...[...built.body.childNodes].map((node) => document.adoptNode(node)))
  const root = document.getElementById('root')
  if (root === null) throw new Error('the prerendered page has no #root')
  return root
}
