/**
 * Small source patches applied to j-component while bundling it for the browser host. Each one
 * names what WeChat does that j-component (written for jsdom unit tests) does not; the build
 * fails loudly if a pattern is no longer found (after an upgrade), instead of silently drifting.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

interface Patch {
  file: RegExp;
  find: string | RegExp;
  replace: string;
  why: string;
}

const patches: Patch[] = [
  {
    file: /j-component[\\/]src[\\/]tool[\\/]utils\.js$/,
    find: "return style.replace(/(\\d+)rpx/ig, '$1px')",
    replace: 'return globalThis.__pzRpxInStyle(style)',
    why: 'rpx in style attributes: 750 rpx = screen width (375 px here), not 1 rpx = 1 px',
  },
  {
    file: /j-component[\\/]src[\\/]componentmanager\.js$/,
    find: 'writeIdToDOM: false,',
    replace: 'writeIdToDOM: true,',
    why: 'ids appear in the DOM as in the WeChat webview (handy for tests and inspection)',
  },
  {
    file: /j-component[\\/]src[\\/]componentmanager\.js$/,
    find: 'addGlobalClass: false,',
    replace: 'addGlobalClass: !!(options.addGlobalClass || options.styleIsolation === "apply-shared" || options.styleIsolation === "shared"),',
    why: 'options.addGlobalClass / styleIsolation: the component also carries its unprefixed classes',
  },
  {
    file: /j-component[\\/]src[\\/]render[\\/]render\.js$/,
    find: '    } else if (/^data-/.test(name)) {',
    replace: [
      "    } else if (name === 'hidden' && !(isComponentNode && exparser.Component.hasPublicProperty(exparserNode, 'hidden'))) {",
      "      if (exparserNode.$$) { if (value) exparserNode.$$.setAttribute('hidden', ''); else exparserNode.$$.removeAttribute('hidden') }",
      '    } else if (/^aria(-|[A-Z])/.test(name) && !(isComponentNode && exparser.Component.hasPublicProperty(exparserNode, _.dashToCamelCase(name)))) {',
      "      if (exparserNode.$$) { const d = _.camelToDashCase(name); const n = d === 'aria-role' ? 'role' : d; if (value === undefined || value === null || value === '') exparserNode.$$.removeAttribute(n); else exparserNode.$$.setAttribute(n, String(value)) }",
      '    } else if (/^data-/.test(name)) {',
    ].join('\n'),
    why: '`hidden` hides any node and aria-* (wcc writes them as ariaRole …) reach the DOM, role from aria-role, as in WeChat',
  },
  {
    file: /j-component[\\/]src[\\/]render[\\/]render\.js$/,
    find: /exparserNode\.addListener\('transitionend', \(\) => \{\s*index \+= 1\s*step\(\)\s*\}\)/,
    replace: '',
    why: 'animation steps advance on a timer (a step that changes nothing fires no transitionend)',
  },
  {
    file: /j-component[\\/]src[\\/]render[\\/]render\.js$/,
    find: 'exparserNode.__animationStyle = styleObject',
    replace:
      'exparserNode.__animationStyle = styleObject\n            globalThis.__pzNextAnimationStep(exparserNode, actions[index], () => { index += 1; step() })',
    why: 'animation steps advance on a timer',
  },
  {
    file: /j-component[\\/]src[\\/]tool[\\/]selectorquery\.js$/,
    find: 'const shadowRoot = exparserNode.shadowRoot',
    replace: 'const shadowRoot = (exparserNode || globalThis.__pzCurrentPageNode()).shadowRoot',
    why: 'wx.createSelectorQuery() without .in() selects in the current page',
  },
  {
    file: /j-component[\\/]src[\\/]tool[\\/]selectorquery\.js$/,
    find: /exec\(callback\) \{\s*Promise\.resolve\(\)\.then\(\(\) => \{/,
    replace:
      'exec(callback) {\n    Promise.resolve().then(() => {\n      if (this._queue.some((item) => item.exparserNode && !item.exparserNode.__attached)) return',
    why: 'a query of a component whose page was unloaded answers nothing, as a closed webview does (Vant tabs measure themselves while they unlink)',
  },
  {
    file: /j-component[\\/]src[\\/]tool[\\/]selectorquery\.js$/,
    find: 'const rect = node.$$.getBoundingClientRect()',
    replace: 'const rect = globalThis.__pzRect(node)',
    why: 'rects are relative to the page viewport (under the navigation bar), as in WeChat',
  },
  {
    file: /j-component[\\/]src[\\/]tool[\\/]selectorquery\.js$/,
    find: /itemRes\.width = document\.documentElement\.clientWidth\s*itemRes\.height = document\.documentElement\.clientHeight/,
    replace: 'const vp = globalThis.__pzViewport(); itemRes.width = vp.width; itemRes.height = vp.height',
    why: 'the viewport is the phone page area',
  },
  {
    file: /j-component[\\/]src[\\/]tool[\\/]selectorquery\.js$/,
    find: /itemRes\.scrollLeft = document\.documentElement\.scrollLeft \|\| document\.body\.scrollLeft \|\| 0\s*itemRes\.scrollTop = document\.documentElement\.scrollTop \|\| document\.body\.scrollTop \|\| 0/,
    replace: 'const so = globalThis.__pzViewport(); itemRes.scrollLeft = 0; itemRes.scrollTop = so.scrollTop',
    why: 'the page scrolls inside the phone frame',
  },
  {
    file: /j-component[\\/]src[\\/]tool[\\/]selectorquery\.js$/,
    find: /itemRes\.scrollLeft = node\.\$\$\.scrollLeft \|\| 0\s*itemRes\.scrollTop = node\.\$\$\.scrollTop \|\| 0/,
    replace: 'itemRes.scrollLeft = node.$$ ? node.$$.scrollLeft : 0; itemRes.scrollTop = node.$$ ? node.$$.scrollTop : 0',
    why: 'virtual hosts have no DOM node',
  },
];

export function patchPlugin(): Plugin {
  return {
    name: 'pz-patches',
    setup(b) {
      b.onLoad({ filter: /j-component[\\/]src[\\/].*\.js$/ }, (args) => {
        let source = readFileSync(args.path, 'utf8');
        for (const p of patches.filter((x) => x.file.test(args.path))) {
          const before = source;
          source = typeof p.find === 'string' ? source.split(p.find).join(p.replace) : source.replace(p.find, p.replace);
          if (source === before) throw new Error(`preview patch no longer applies to ${args.path}: ${p.why}`);
        }
        return { contents: source, loader: 'js' };
      });
    },
  };
}
