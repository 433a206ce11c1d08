/** The notebook API of src/api.ts, loaded through tsx (see doichieu.mjs). */
export declare function loadApi(): Promise<any>;
