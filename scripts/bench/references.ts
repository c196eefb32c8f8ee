/** Extracts the paths one mini program file refers to, as written in the file. */
import { isRecord, stringRecord } from './app-config';

function captures(text: string, pattern: RegExp, group: number): string[] {
  return Array.from(text.matchAll(pattern), (m) => m[group] ?? '').filter((s) => s !== '');
}

/** `require('…')`, `import … from '…'`, `import '…'`, `export … from '…'` in comment-free script. */
export function moduleSpecifiers(code: string): string[] {
  return [
    ...captures(code, /\brequire\s*\(\s*(["'])([^"'\n]+)\1\s*\)/g, 2),
    ...captures(code, /\bimport\s*(["'])([^"'\n]+)\1/g, 2),
    ...captures(code, /\b(?:import|export)\b[^;"'`]*?\bfrom\s*(["'])([^"'\n]+)\1/g, 2),
  ];
}

export interface WxmlSource {
  tag: 'wxs' | 'import' | 'include';
  src: string;
}

export function wxmlSources(wxml: string): WxmlSource[] {
  const out: WxmlSource[] = [];
  for (const m of wxml.matchAll(/<(wxs|import|include)\b[^>]*?\bsrc\s*=\s*(["'])([^"']+)\2/g)) {
    const tag = m[1];
    const src = m[3];
    if ((tag === 'wxs' || tag === 'import' || tag === 'include') && src && !src.includes('{{')) out.push({ tag, src });
  }
  return out;
}

export function wxssImports(wxss: string): string[] {
  return captures(wxss, /@import\s+(?:url\(\s*)?(["'])([^"']+)\1/g, 2);
}

/** Component paths in a page/component json: `usingComponents` and `componentGenerics` defaults. */
export function componentPaths(json: unknown): string[] {
  if (!isRecord(json)) return [];
  const paths = Object.values(stringRecord(json.usingComponents));
  if (isRecord(json.componentGenerics)) {
    for (const generic of Object.values(json.componentGenerics)) {
      if (isRecord(generic) && typeof generic.default === 'string') paths.push(generic.default);
    }
  }
  return paths;
}
