// The start screen's frame, painted from the HTML before any JavaScript runs (issue 14): the top bar with
// its four places (brand, "for support persons", "read aloud", "help") and the title, as the same
// elements with the same classes that src/ui/Screen.tsx renders on the start screen. Preact's render()
// then takes these elements over where they match (it reuses existing DOM children of the same tag), so
// nothing moves when the JavaScript starts. Under the title, an empty tablet's welcome (the card read
// aloud, "Aloitetaan", the hint) is in the HTML too, so a first start shows its whole first view before
// any JavaScript; a tablet with groups (src/services/startMirror.ts keeps their number in localStorage)
// or in support-person mode gets only the frame, and the app adds the rest below the title, where it
// moves nothing.
//
// The whole stylesheet is inlined (about 9 KB gzip: with the HTML it fits the first round trip), so the
// frame needs no second request and no rule arrives late. The texts are the real locale texts in fi, sv
// and en. A small script in the head sets the language and the look (high contrast, text size) from the
// copy main.tsx keeps in localStorage, before the first paint; without JavaScript the frame is Finnish.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { splitSentences } from '../src/domain/sentences.ts';

const languages = ['fi', 'sv', 'en'] as const;
type Language = (typeof languages)[number];

/** Where main.tsx keeps the display settings for the shell (mirrorDisplaySettings). */
export const displayMirrorKey = 'porukka.display';
/** Where src/services/startMirror.ts keeps the number of groups (groupsMirrorKey). */
const groupsMirrorKey = 'porukka.groups';
// sessionStorage keys of src/services/supportMode.ts and src/app/kiosk/kioskSession.ts (read, never written).
const supportSessionKey = 'porukka-support-activity';
const kioskSessionKey = 'porukka-kiosk';

/** The shell's words, from locales/<language>/common.json. */
const textKeys = {
  title: 'start.title',
  forSupport: 'lock.forSupport',
  lockNow: 'lock.lockNow',
  readAloud: 'nav.readAloud',
  help: 'nav.help',
  welcome: 'start.welcome',
  listen: 'actions.listen',
  begin: 'start.begin',
  beginHint: 'start.beginHint',
} as const;
/** Texts read sentence by sentence (a span per sentence, as the app's Say draws them). */
const sentenceTexts = ['title', 'welcome', 'begin', 'beginHint'] as const;
type TextName = keyof typeof textKeys;
type ShellTexts = Readonly<Record<TextName, string>>;

function textsOf(language: Language, root: string): ShellTexts {
  const file = JSON.parse(readFileSync(`${root}/locales/${language}/common.json`, 'utf8')) as Record<string, unknown>;
  const text = (key: string): string => {
    const value = key.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), file);
    if (typeof value !== 'string') throw new Error(`prerender shell: ${language} ${key} is missing`);
    return value;
  };
  return Object.fromEntries(Object.entries(textKeys).map(([name, key]) => [name, text(key)])) as ShellTexts;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Screen.tsx + AppScreen.tsx + ModeButton.tsx on the start route, in participant mode. The buttons are
 * disabled until the app takes them over (Preact drops the attribute): a tap before that does nothing
 * anyway, and tests wait for them to be enabled. The top bar's buttons have no disabled look.
 */
function shellMarkup(texts: ShellTexts, base: string): string {
  const picture = (id: string, size: number): string =>
    `<img class="pictogram" src="${base}pictograms/flat/${id}.svg" alt="" width="${size}" height="${size}" draggable="false" data-pictogram="${id}">`;
  const label = (name: TextName, className?: string): string =>
    `<span${className ? ` class="${className}"` : ''} data-shell-text="${name}">${escape(texts[name])}</span>`;
  // Say: one span with a span per sentence (the ids are Preact's own; it replaces them).
  const said = (name: (typeof sentenceTexts)[number], className?: string): string =>
    `<span${className ? ` class="${className}"` : ''} data-shell-text="${name}">${splitSentences(texts[name])
      .map((sentence, i) => `<span data-sentence="shell-${name}-${i}" class="sentence">${escape(sentence)}</span>`)
      .join(' ')}</span>`;
  // An empty tablet's welcome (StartScreen's EmptyStart for a participant: PictureCard, BigButton, hint);
  // the script after the shell removes it when the tablet has groups or support-person mode is open.
  const welcome = [
    '<div class="picture-card picture-card--large welcome-card" data-card="true" data-shell-empty>',
    picture('app', 128),
    `<div class="picture-card__body">${said('welcome', 'picture-card__text')}</div>`,
    `<button type="button" class="speak-button" data-scope="[data-card]" disabled>${picture('read-aloud', 40)}${label('listen', 'speak-button__label')}</button>`,
    '</div>',
    `<button class="big-button big-button--primary big-button--row begin-button" type="button" disabled data-shell-empty>${picture('new-group', 40)}${said('begin', 'big-button__label')}</button>`,
    `<p data-shell-empty>${said('beginHint')}</p>`,
  ].join('');
  return [
    '<div><div class="screen">',
    '<header class="top-bar">',
    `<span class="top-bar__brand">${picture('app', 40)}<span>Porukka</span></span>`,
    '<div class="top-bar__end">',
    `<button type="button" class="top-bar__button" aria-haspopup="dialog" disabled data-shell-mode>${picture('support-mode', 36)}${label('forSupport')}</button>`,
    `<button type="button" class="top-bar__button" disabled>${picture('read-aloud', 36)}${label('readAloud')}</button>`,
    `<button type="button" class="top-bar__button" aria-haspopup="dialog" disabled>${picture('help', 36)}${label('help')}</button>`,
    '</div></header>',
    '<div><div class="notices"></div>',
    `<main class="screen__main" id="main"><h1 class="screen__title">${said('title')}</h1>${welcome}</main>`,
    '</div></div></div>',
  ].join('');
}

/**
 * Runs at the end of the head, before the first paint: it starts the frame's font (inlined in the styles
 * above it) and sets the language and the look this tablet last had (the copy
 * main.tsx keeps), else the browser's language as the app picks it on a first start. It also notes
 * whether the start screen is what the app will show, and in which mode, for the script after the shell.
 */
function headScript(): string {
  return `(function(d){var c={lang:'fi',start:true,support:false};window.porukkaShell=c;d.setAttribute('data-shell-wait','');try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(displayMirrorKey)})||'null')||{},n=navigator.languages||[],l=s.language,i;
for(i=0;!l&&i<n.length;i++){var k=String(n[i]).slice(0,2).toLowerCase();if(k==='fi'||k==='sv'||k==='en')l=k}
c.lang=d.lang=l==='sv'||l==='en'?l:'fi';if(s.highContrast)d.setAttribute('data-high-contrast','');
if(s.reducedMotion)d.setAttribute('data-reduced-motion','');if(typeof s.textSize==='string')d.setAttribute('data-text-size',s.textSize);
c.start=location.hash.replace('#','').split('/').join('')===''&&!sessionStorage.getItem(${JSON.stringify(kioskSessionKey)});
c.groups=Number(localStorage.getItem(${JSON.stringify(groupsMirrorKey)}))>0;
var a=Number(sessionStorage.getItem(${JSON.stringify(supportSessionKey)}));c.support=a>0&&!(Date.now()-a>=(Number(s.idleMinutes)||Infinity)*60000)}catch(e){}
var f=document.fonts,w=function(x){return f.load(x+' 1em "Atkinson Hyperlegible Next"')};c.font=f&&f.load?Promise.all([w('700'),c.groups||c.support?0:w('400')]):Promise.resolve()})(document.documentElement)`;
}

/**
 * Runs right after the shell: another screen than the start (a reload elsewhere, kiosk) gets no shell;
 * the words in the tablet's language; support-person mode's top bar (green, "Lukitse"); high contrast's pictures.
 */
function shellScript(byLanguage: Readonly<Record<Language, ShellTexts>>, base: string): string {
  const words = Object.fromEntries(
    languages.map((l) => [l, { ...byLanguage[l], ...Object.fromEntries(sentenceTexts.map((name) => [name, splitSentences(byLanguage[l][name])])) }]),
  );
  return `(function(c){var app=document.getElementById('app');if(!c||!app)return;if(!c.start){app.textContent='';document.documentElement.removeAttribute('data-shell-wait');return}
var t=${JSON.stringify(words)}[c.lang],q=function(s){return app.querySelectorAll(s)},a,i,b;
if(c.groups||c.support){a=q('[data-shell-empty]');for(i=0;i<a.length;i++)a[i].remove()}
a=q('[data-shell-text]');for(i=0;i<a.length;i++){var n=a[i].getAttribute('data-shell-text'),w=t[n];if(typeof w==='string'){a[i].textContent=w;continue}
a[i].textContent='';for(var j=0;j<w.length;j++){b=document.createElement('span');b.className='sentence';b.setAttribute('data-sentence','shell-'+n+'-'+j);b.textContent=w[j];if(j)a[i].append(' ');a[i].append(b)}}
if(c.support){q('header')[0].className+=' top-bar--support';b=q('[data-shell-mode]')[0];b.className+=' top-bar__button--support';b.removeAttribute('aria-haspopup');
b.children[0].setAttribute('src','${base}pictograms/flat/lock.svg');b.children[0].setAttribute('data-pictogram','lock');b.children[1].textContent=t.lockNow}
if(document.documentElement.hasAttribute('data-high-contrast')){a=q('img.pictogram');for(i=0;i<a.length;i++)a[i].setAttribute('src',a[i].getAttribute('src').replace('${base}pictograms/flat/','${base}pictograms/high-contrast/'))}
var show=function(){document.documentElement.removeAttribute('data-shell-wait')};c.font.then(show,show);setTimeout(show,2000)})(window.porukkaShell)`;
}

/**
 * Every word of the frame is bold (brand, buttons, title): that one font file (12 KB) goes into the
 * styles as a data: URL, so no request stands between the HTML and the frame's font. Even so the browser
 * decodes it after the first layout, and a swap then would move the words (the buttons' widths, the
 * title's baseline): a layout shift. So the frame stays invisible (data-shell-wait on <html>) until its font is
 * ready — a few milliseconds — and then shows in it (shellScript). The regular weight stays a preloaded
 * file with font-display: swap: when the welcome is painted (its card text is regular), the frame waits for
 * that file too (a small preloaded download), else the regular text only comes with the app's JavaScript.
 */
function withFrameFontInline(css: string, bundle: Readonly<Record<string, { type: string; source?: string | Uint8Array }>>, base: string): string {
  const file = Object.keys(bundle).find((name) => /atkinson-hyperlegible-next-latin-700-normal-[\w-]+\.woff2$/.test(name));
  const font = file ? bundle[file] : undefined;
  if (!file || !font || font.type !== 'asset' || font.source === undefined) throw new Error('prerender shell: the bold woff2 font is not in the build');
  const url = `${base}${file}`;
  if (!css.includes(url)) throw new Error(`prerender shell: the styles do not use ${url}`);
  const bytes = typeof font.source === 'string' ? Buffer.from(font.source) : Buffer.from(font.source);
  return css.split(url).join(`data:font/woff2;base64,${bytes.toString('base64')}`);
}

/** Until its font is ready the frame takes its place but does not show (only the head script sets the mark: without JavaScript it shows at once). */
const shellStyle = ':root[data-shell-wait] #app{visibility:hidden}#app [data-shell-empty]:disabled{opacity:1}';

export function prerenderShellPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'porukka-prerender-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const byLanguage = Object.fromEntries(languages.map((l) => [l, textsOf(l, root)])) as Record<Language, ShellTexts>;
        let out = html;
        // Inline the stylesheet(s) the page links. The <link> stays, disabled (never fetched nor applied),
        // so Vite's loader of later screens sees the file as already on the page and does not load it again.
        for (const [file, chunk] of Object.entries(context.bundle ?? {})) {
          if (!file.endsWith('.css') || chunk.type !== 'asset') continue;
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="${base}${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
          const match = link.exec(out);
          if (!match) continue;
          const css = withFrameFontInline(typeof chunk.source === 'string' ? chunk.source : new TextDecoder().decode(chunk.source), context.bundle ?? {}, base);
          out = out.replace(match[0], () => `<style>${css.replace(/<\/style/gi, '<\\/style')}${shellStyle}</style>\n    ${match[0].replace('<link ', '<link disabled ')}`);
        }
        // The font preloads (vite-preload-fonts.ts) before the inlined styles, so their downloads start first;
        // the frame's own (bold) font is in the styles now, so its preload goes.
        for (const bold of out.match(/<link rel="preload" as="font"[^>]*-700-[^>]*>\s*/g) ?? []) out = out.replace(bold, '');
        const preloads = out.match(/<link rel="preload" as="font"[^>]*>\s*/g) ?? [];
        const style = out.indexOf('<style>');
        if (preloads.length > 0 && style >= 0) {
          for (const preload of preloads) out = out.replace(preload, '');
          out = `${out.slice(0, out.indexOf('<style>'))}${preloads.map((p) => `${p.trim()}\n    `).join('')}${out.slice(out.indexOf('<style>'))}`;
        }
        if (!out.includes('<div id="app"></div>')) throw new Error('prerender shell: index.html has no empty <div id="app"></div>');
        out = out.replace('<div id="app"></div>', () => `<div id="app">${shellMarkup(byLanguage.fi, base)}</div>\n    <script>${shellScript(byLanguage, base)}</script>`);
        // After the styles (their font starts decoding at once), before the body (nothing painted yet).
        if (!out.includes('</head>')) throw new Error('prerender shell: index.html has no </head>');
        out = out.replace('</head>', () => `<script>${headScript()}</script>\n  </head>`);
        return out;
      },
    },
  };
}
