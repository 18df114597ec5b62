// Adds <link rel="preload"> for the app's font files to index.html, so the text does not jump
// when the font arrives (the files have content hashes, so this has to happen in the build).
import type { Plugin } from 'vite';

export function preloadFontsPlugin(): Plugin {
  return {
    name: 'porukka-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter((file) => file.endsWith('.woff2'));
        return fonts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `/${file}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
