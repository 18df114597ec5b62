// Everything the first screen loads statically goes into one chunk. Left alone, the bundler splits the
// modules that later screens share with the first one into many small chunks: each is gzipped on its
// own and asks for its own request, which made the first download kilobytes larger for nothing.
import type { ModuleInfo } from 'rolldown';

type GetModuleInfo = (id: string) => ModuleInfo | null;

/** Whether the module is reached from an entry by static imports only (it loads with the first screen). */
function loadsFirst(id: string, info: GetModuleInfo, known: Map<string, boolean>): boolean {
  const cached = known.get(id);
  if (cached !== undefined) return cached;
  known.set(id, false); // import cycles: not first unless another path says so
  const module = info(id);
  const result = module !== null && (module.isEntry || module.importers.some((importer) => loadsFirst(importer, info, known)));
  known.set(id, result);
  return result;
}

/** The name of the one first-screen chunk for a module, or null (the bundler decides as usual). */
export function initialChunkName(): (id: string, ctx: { getModuleInfo: GetModuleInfo }) => string | null {
  const known = new Map<string, boolean>();
  return (id, ctx) => {
    const info: GetModuleInfo = (moduleId) => ctx.getModuleInfo(moduleId);
    const module = info(id);
    if (!module || module.isEntry) return null;
    return loadsFirst(id, info, known) ? 'app' : null;
  };
}
