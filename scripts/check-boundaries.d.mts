// Types for the boundary check, so its tests are type-checked too.
export declare const allowedFolders: Readonly<Record<string, readonly string[]>>;
export declare const packageOwners: Readonly<Record<string, readonly string[]>>;
export declare function importsOf(code: string): string[];
export declare function violations(file: string, code: string): string[];
